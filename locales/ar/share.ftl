# Quote Explorer: sharing and embedding (the share bar, the embed dialog
# and footer, the credit line) and the notices about a link's address,
# in ar.

