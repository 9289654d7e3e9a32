/**
 * Flow diagrams for review (Mermaid, Graphviz DOT, SVG) and the {@code FlowTool} command line (check, render).
 */
package org.govcc.ivr.render;
