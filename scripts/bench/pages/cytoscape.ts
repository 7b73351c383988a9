// Bare cytoscape with default settings and style drawing the scene at its positions (preset layout).
// `&lod=1` turns on the level-of-detail options the app could use, to measure that lever alone.
import cytoscape from 'cytoscape';
import { fail, loadScene } from './scene';

loadScene()
  .then((scene) => {
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: {
        nodes: scene.nodes.map((n) => ({ data: { id: n.id, label: n.label }, position: { x: n.x, y: n.y } })),
        edges: scene.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
      },
      layout: { name: 'preset' },
      ...(new URL(location.href).searchParams.get('lod') === '1'
        ? { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false }
        : {}),
    });
    cy.one('render', () => performance.mark('bench:first-frame'));
    (window as unknown as { cy: cytoscape.Core }).cy = cy;
  })
  .catch(fail);
