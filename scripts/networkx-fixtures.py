#!/usr/bin/env python3
"""Writes NetworkX reference values for the metrics tests into tests/fixtures/networkx/.

Run once (python3 scripts/networkx-fixtures.py) and commit the JSON it writes. Conventions are the
NetworkX defaults we promise in docs/metrics.md; iterative metrics run to a much tighter tolerance than
NetworkX's default so the references are the true values, not NetworkX's early stop.
"""
import json
import os
import sys

import networkx as nx
from networkx.algorithms import bipartite

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "networkx")
TIGHT = dict(max_iter=100000, tol=1e-14)


def keyed(values):
    return {str(k): float(v) for k, v in values.items()}


def partition(parts):
    return sorted(sorted(str(n) for n in part) for part in parts)


def diameter(G):
    return max((nx.diameter(G.subgraph(c)) for c in nx.connected_components(G) if len(c) > 1), default=0)


def reference(G, weighted, only=None):
    w = "weight" if weighted else None
    if weighted:
        for u, v, data in G.edges(data=True):
            data["distance"] = 1.0 / data["weight"]
    d = "distance" if weighted else None
    out = {"betweenness": keyed(nx.betweenness_centrality(G, weight=d))}
    if only == "betweenness":
        return out
    louvain = nx.community.louvain_communities(G, weight=w, seed=42)
    out.update(
        {
            "degree": keyed(nx.degree_centrality(G)),
            "weightedDegree": keyed(dict(G.degree(weight="weight" if weighted else None))),
            "closeness": keyed(nx.closeness_centrality(G, distance=d, wf_improved=True)),
            "eigenvector": keyed(nx.eigenvector_centrality(G, weight=w, **TIGHT)),
            "pagerank": keyed(nx.pagerank(G, alpha=0.85, weight=w, **TIGHT)),
            "core": keyed(nx.core_number(G)),
            "articulationPoints": sorted(str(n) for n in nx.articulation_points(G)),
            "components": partition(nx.connected_components(G)),
            "graph": {
                "nodes": G.number_of_nodes(),
                "edges": G.number_of_edges(),
                "density": nx.density(G),
                "components": nx.number_connected_components(G),
                "diameter": diameter(G),
                "averageClustering": nx.average_clustering(G),
            },
            "louvain": {
                "seed": 42,
                "partition": partition(louvain),
                "modularity": nx.community.modularity(G, louvain, weight=w),
            },
        }
    )
    return out


def write(name, G, description, weighted=True, only=None):
    G = nx.Graph(G)
    has_weights = all("weight" in data for _, _, data in G.edges(data=True))
    data = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "nodes": [str(n) for n in G.nodes()],
        "edges": [
            [str(u), str(v)] + ([float(data["weight"])] if has_weights else [])
            for u, v, data in G.edges(data=True)
        ],
        "unweighted": reference(G.copy(), False, only),
    }
    if weighted and has_weights:
        data["weighted"] = reference(G.copy(), True, only)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print(name, G.number_of_nodes(), "nodes", G.number_of_edges(), "edges", file=sys.stderr)


def main():
    write("karate", nx.karate_club_graph(), "Zachary's karate club; weight = number of contexts of interaction")
    write("les-miserables", nx.les_miserables_graph(), "Les Misérables co-appearances; weight = co-appearances")
    davis = nx.davis_southern_women_graph()
    write("davis", davis, "Davis Southern Women, bipartite women-events", weighted=False)
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    write(
        "davis-women",
        bipartite.weighted_projected_graph(davis, women),
        "Davis Southern Women projected onto women; weight = number of shared events",
    )
    # Disconnected: karate plus a path of four and an isolated node, for components and WF closeness.
    disconnected = nx.karate_club_graph()
    disconnected.add_edges_from([("p1", "p2"), ("p2", "p3"), ("p3", "p4")], weight=2)
    disconnected.add_node("alone")
    write("disconnected", disconnected, "Karate club plus a path of four and an isolated node")
    write(
        "grid-24",
        nx.convert_node_labels_to_integers(nx.grid_2d_graph(24, 24)),
        "24x24 grid: more shortest paths between corners than a Uint32 can count",
        weighted=False,
        only="betweenness",
    )


if __name__ == "__main__":
    # Sets of strings iterate in hash order: pin it so reruns write byte-identical fixtures.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    main()
