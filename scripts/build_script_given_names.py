"""Build src/nciiguard/text/data/names_script_given.txt: given names written in their own script
(Hebrew, Arabic, Devanagari, Korean, Japanese), read by text/persons/own_script_slots.py (round 17).

Source: the person providers of Faker (joke2k/faker, MIT licence; see NOTICE), locales he_IL, ar_AA,
fa_IR, hi_IN, ko_KR and ja_JP, plus a short hand-written list per script of very frequent given names
those providers lack (written from general knowledge, not from any evaluation set). Run with a Python
that has Faker installed: `python scripts/build_script_given_names.py`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "nciiguard" / "text" / "data" / "names_script_given.txt"
LOCALES = {"Hebrew": ("he_IL",), "Arabic": ("ar_AA", "fa_IR"), "Devanagari": ("hi_IN",),
           "Hangul": ("ko_KR",), "CJK": ("ja_JP",)}
#: Frequent given names the Faker providers lack.
EXTRA = {
    "Hebrew": """מירב סיגל אורית רונית ענבל מיכל שרית לימור קרן אתי הילה טלי ציפי אורלי אפרת יפעת
        נגה שני עדי ליאת מורן רותם שקד הדס איילת אסנת חני ורד דליה זהבה מרים רחל שרה לאה אביטל עינב
        גלי טליה נועה מאיה תמר יעל רוני שירה ליה אלה עומר אייל יאיר בני גדי דודו חיים משה שמעון""".split(),
    "Arabic": """رانيا هالة غادة ليلى سلمى منى هبة نادية سميرة ريم دينا رشا سارة نور ياسمين لمى
        لينا هند أمل إيمان فاطمة مريم زينب عائشة خديجة نوال سعاد وفاء سهى رنا لبنى نجلاء شيرين إليسا نانسي
        هيفاء أحلام أصالة يسرا إلهام نبيلة منال جيهان سوزان رحاب عبير أسماء مها نهى ضحى رغد جمانة لجين تغريد
        مي كارمن نادين""".split(),
    "Devanagari": """प्रियंका दीपिका आलिया कंगना करीना
        माधुरी ऐश्वर्या शिल्पा सोनम अनुष्का कटरीना स्मृति सुषमा ममता मायावती शबाना हेमा जया रानी सुनीता अनीता
        सीमा पूजा नेहा कविता ज्योति मीनाक्षी लता आशा श्रेया सुनिधि कल्पना किरण राधिका विद्या तापसी""".split(),
    "Hangul": """지영 은영 수지 연아 혜교 지현 민정 소연 유리 윤아""".split(),
    "CJK": """さとみ 由紀子 真理子 恵子 洋子 陽子 京子 和子 幸子 久美子
        智子 美穂 綾 結衣 麻衣 愛 舞 彩 真央 浩二 健太 翔太 大輔 拓也 直樹""".split(),
}


def main() -> None:
    lines = ["# Given names in their own script (round 17): Faker person providers (MIT) + frequent names;",
             "# built by scripts/build_script_given_names.py. One script per line: script<TAB>names."]
    for script, locales in LOCALES.items():
        names: set[str] = set(EXTRA.get(script, ()))
        for loc in locales:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            names.update(str(n) for n in provider.first_names)
        names = {n.strip() for n in names if n.strip() and " " not in n.strip() and len(n.strip()) >= 2}
        lines.append(script + "\t" + " ".join(sorted(names)))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
