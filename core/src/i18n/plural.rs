#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural { Zero, One, Two, Few, Many, Other }
impl Plural {
    pub const ALL: [Plural; 6] = [Plural::Zero, Plural::One, Plural::Two, Plural::Few, Plural::Many, Plural::Other];
    pub fn id(self) -> &'static str { ["zero","one","two","few","many","other"][self as usize] }
    pub fn from_id(id: &str) -> Option<Plural> { Self::ALL.iter().copied().find(|p| p.id() == id) }
}
pub fn category(lang: &str, n: u64) -> Plural {
    if lang.starts_with("ar") { return match n { 0 => Plural::Zero, 1 => Plural::One, 2 => Plural::Two, _ => match n % 100 { 3..=10 => Plural::Few, 11..=99 => Plural::Many, _ => Plural::Other } } }
    if n == 1 { Plural::One } else { Plural::Other }
}
