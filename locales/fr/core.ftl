# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in fr.

statements-count = { $count ->
    [one] { $count } déclaration
   *[other] { $count } déclarations
}
