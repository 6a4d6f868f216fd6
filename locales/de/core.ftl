# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in de.

statements-count = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}
