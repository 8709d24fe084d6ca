package io.github.twimllint.core.report;

import io.github.twimllint.core.CallFlow;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Positions of the call-flow graph's nodes, edges and edge labels, computed by the Eclipse Layout
 * Kernel's layered algorithm (left to right). The only class that touches ELK, so the library (and
 * EMF under it) is loaded only when an HTML report is written. Text sizes are estimated from
 * character counts: the page uses a fixed-size font for labels so the estimate holds.
 */
final class FlowLayout {
    static final double CHAR_WIDTH = 7.2;
    static final double LABEL_CHAR_WIDTH = 6.0;
    static final double NODE_HEIGHT = 32;
    static final double LABEL_LINE_HEIGHT = 13;

    /** A node's box. */
    record Box(double x, double y, double width, double height) {
    }

    /** An edge: its points (start, bends, end) and its label's box (null when it has none). */
    record Route(List<double[]> points, Box label) {
    }

    /** The drawing: the graph's size, a box per node and a route per edge, in the graph's order. */
    record Drawing(double width, double height, List<Box> nodes, List<Route> edges) {
    }

    private FlowLayout() {
    }

    static double nodeWidth(String label) {
        return Math.max(60, label.length() * CHAR_WIDTH + 28);
    }

    static Drawing layout(CallFlow flow, List<List<String>> edgeLabels) {
        // The service registers ELK's options and their copy functions; the layered algorithm's
        // options are registered by hand so a shaded jar needs no merged service files.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        List<ElkNode> nodes = new ArrayList<>(flow.nodes().size());
        for (CallFlow.Node n : flow.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(nodeWidth(n.label()), NODE_HEIGHT);
            nodes.add(e);
        }
        List<ElkEdge> edges = new ArrayList<>(flow.edges().size());
        for (int i = 0; i < flow.edges().size(); i++) {
            CallFlow.Edge e = flow.edges().get(i);
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(node(nodes, e.from()), node(nodes, e.to()));
            List<String> lines = edgeLabels.get(i);
            int longest = 0;
            for (String l : lines) {
                longest = Math.max(longest, l.length());
            }
            ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), edge);
            label.setDimensions(longest * LABEL_CHAR_WIDTH + 6, lines.size() * LABEL_LINE_HEIGHT + 2);
            edges.add(edge);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>(nodes.size());
        for (ElkNode n : nodes) {
            boxes.add(new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<Route> routes = new ArrayList<>(edges.size());
        for (ElkEdge e : edges) {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                points.add(new double[] {s.getStartX(), s.getStartY()});
                for (ElkBendPoint b : s.getBendPoints()) {
                    points.add(new double[] {b.getX(), b.getY()});
                }
                points.add(new double[] {s.getEndX(), s.getEndY()});
            }
            ElkLabel l = e.getLabels().isEmpty() ? null : e.getLabels().get(0);
            routes.add(new Route(points, l == null ? null : new Box(l.getX(), l.getY(), l.getWidth(), l.getHeight())));
        }
        return new Drawing(root.getWidth(), root.getHeight(), boxes, routes);
    }

    private static ElkNode node(List<ElkNode> nodes, String id) {
        return nodes.get(Integer.parseInt(id.substring(1)));
    }
}
