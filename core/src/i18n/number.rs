#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat { pub group: &'static str, pub decimal: &'static str, pub min_grouping: u8, pub zero: char }
pub fn number_format(_lang: &str) -> NumberFormat { NumberFormat { group: ",", decimal: ".", min_grouping: 1, zero: '0' } }
impl NumberFormat {
    pub fn integer(&self, n: u64) -> String { n.to_string() }
    pub fn tenths(&self, t: u64) -> String { format!("{}.{}", t / 10, t % 10) }
}
