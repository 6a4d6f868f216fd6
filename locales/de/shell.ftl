# Quote Explorer: the reading interface (filters, list, article view,
# overview, search), in de.

