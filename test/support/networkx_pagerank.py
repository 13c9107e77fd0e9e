# Independent PageRank for the tests: networkx reads {nodes, edges: [[src, dst, weight]]} on stdin.
import networkx as nx, json, sys
data = json.load(sys.stdin)
G = nx.DiGraph()
G.add_nodes_from(data['nodes'])
for s, t, w in data['edges']:
    if G.has_edge(s, t): G[s][t]['weight'] += w
    else: G.add_edge(s, t, weight=w)
pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-12, max_iter=1000)
print(json.dumps(pr))
