// A binary min-heap of (priority, node) pairs for Dijkstra; ties broken by insertion order like NetworkX.

export class MinHeap {
  private priorities: number[] = [];
  private orders: number[] = [];
  private nodes: number[] = [];
  private counter = 0;

  get size(): number {
    return this.nodes.length;
  }

  push(priority: number, node: number): void {
    this.priorities.push(priority);
    this.orders.push(this.counter++);
    this.nodes.push(node);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry; returns its node, and its priority through `out[0]`. */
  pop(out: [number]): number {
    const top = this.nodes[0]!;
    out[0] = this.priorities[0]!;
    const last = this.nodes.length - 1;
    this.swap(0, last);
    this.priorities.pop();
    this.orders.pop();
    this.nodes.pop();
    let i = 0;
    const size = this.nodes.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < size && this.less(l, smallest)) smallest = l;
      if (r < size && this.less(r, smallest)) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const pa = this.priorities[a]!;
    const pb = this.priorities[b]!;
    return pa < pb || (pa === pb && this.orders[a]! < this.orders[b]!);
  }

  private swap(a: number, b: number): void {
    [this.priorities[a], this.priorities[b]] = [this.priorities[b]!, this.priorities[a]!];
    [this.orders[a], this.orders[b]] = [this.orders[b]!, this.orders[a]!];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
  }
}
