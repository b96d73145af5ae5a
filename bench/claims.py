"""Twenty hand-written claims over the seed articles' topics (attacks on US bases in Iraq and
Syria, autumn 2023 – January 2024), phrased as a fact-checker would paste them. They are not
keyed to any code path: the benchmark only times them, beside the synthetic template sentences.
"""

REALISTIC_CLAIMS = [
    "Two Americans were slightly injured in the January attack on Ain al-Asad",
    "Four Katyusha rockets hit Ain al-Asad air base on Saturday",
    "The Islamic Resistance in Iraq claimed responsibility for the attack on Ain al-Asad",
    "At least five US military personnel were injured in a missile attack on Ain al-Asad",
    "Two armed drones targeted the Ain al-Asad air base on October 31, causing no casualties",
    "The missile launcher used in the attack was found in Haditha district of Anbar",
    "A drone attacked a US base in the Al-Malikiyah area of Al-Hasakah on Monday",
    "US forces at Al-Tanf in southern Syria came under drone attack",
    "Rockets were fired at the Ain al-Asad base in Diyala province",
    "Kataib Hezbollah said its fighters launched ballistic missiles at US troops",
    "The Pentagon said the attack caused no damage to the base",
    "Dozens of rockets struck the American base at Erbil airport",
    "Iraqi security sources told Reuters that the base was hit by three rockets",
    "US bases at Al-Shaddadi and Al-Omar oil field were attacked by Iraqi resistance groups",
    "The attack on Ain al-Asad was the strongest since the escalation began",
    "Air defences at Ain al-Asad intercepted two drones before they reached the base",
    "Seventeen US soldiers suffered traumatic brain injuries after drone attacks in October",
    "A rocket attack on Ain al-Asad killed a US contractor",
    "The Islamic Resistance in Iraq published its statement on Telegram on Wednesday afternoon",
    "Ain al-Asad lies about 160 kilometres west of Baghdad",
]
