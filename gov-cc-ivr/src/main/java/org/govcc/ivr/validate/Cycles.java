package org.govcc.ivr.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.ivr.flow.NodeId;

/**
 * Finds the cycles of a graph of nodes (Tarjan's strongly connected components): each component that holds a cycle,
 * as a path. Not thread-safe; one per search.
 */
final class Cycles {
    private final Map<NodeId, List<NodeId>> graph;
    private final Set<NodeId> order;
    private final Map<NodeId, Integer> index = new HashMap<>();
    private final Map<NodeId, Integer> low = new HashMap<>();
    private final Deque<NodeId> stack = new ArrayDeque<>();
    private final Set<NodeId> onStack = new HashSet<>();
    private final List<List<NodeId>> cycles = new ArrayList<>();
    private int counter;

    Cycles(Map<NodeId, List<NodeId>> graph, Set<NodeId> order) {
        this.graph = graph;
        this.order = order;
    }

    /** Returns the cycles, each as the path around it, in the order of {@code order}'s nodes. */
    List<List<NodeId>> find() {
        for (NodeId id : order) {
            if (!index.containsKey(id)) {
                visit(id);
            }
        }
        return cycles;
    }

    private void visit(NodeId v) {
        index.put(v, counter);
        low.put(v, counter);
        counter++;
        stack.push(v);
        onStack.add(v);
        for (NodeId w : graph.getOrDefault(v, List.of())) {
            if (!index.containsKey(w)) {
                visit(w);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<NodeId> component = new ArrayList<>();
            NodeId w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            boolean selfLoop = graph.getOrDefault(v, List.of()).contains(v);
            if (component.size() > 1 || selfLoop) {
                Collections.reverse(component);
                cycles.add(component);
            }
        }
    }
}
