# Quote Explorer: words of the shared vocabulary (statements, stances,
# the share card, the page's title), in es.

statements-count = { $count ->
    [one] { $count } declaración
   *[other] { $count } declaraciones
}
