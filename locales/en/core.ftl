# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in en.

statements-count = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}
