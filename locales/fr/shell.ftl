# Quote Explorer: the reading interface (filters, list, article view,
# embed dialog), in fr.

