"""Build the Danish name lexicons `data/lexicon/first_names.txt` and `data/lexicon/surnames.txt`.

Sources (both MIT-licensed, read from the installed packages, nothing is downloaded at run time):

* Faker   -- `faker/providers/person/da_DK/__init__.py`: `first_names_male`, `first_names_female`,
             `last_names`.
* Mimesis -- `mimesis/datasets/da/person.json`: `names.male`, `names.female`, `surnames`.

Neither package is a dependency of the project: install them into a throwaway venv and run the
script with that venv's interpreter (the script only needs the standard library besides them)::

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install faker mimesis
    /tmp/lexvenv/bin/python scripts/build_lexicon.py            # writes data/lexicon/
    /tmp/lexvenv/bin/python scripts/build_lexicon.py --check    # exit 1 if the files would change

Cleaning, in order: strip and NFC-normalise; repair UTF-8-read-as-cp1252/latin-1 mojibake
("JÃ¸rgensen" -> "Jørgensen"); drop junk (empty, one letter, anything but letters, hyphen, space
and apostrophe, all-caps words such as "TRUE"); drop the medieval forms in `EXCLUDED_FIRST_NAMES`
that are also ordinary Danish words or place names ("Store", "Moder", "Dreng", "Odder", ...),
which would otherwise turn sentence-initial words into people; dedupe case-insensitively
(first spelling seen wins); plain sort.

`first_names.txt` ends with a hand-curated section (`HAND_CURATED_FIRST_NAMES` below): first names
common in Danish minutes that the sources lack -- names of immigrant communities in Denmark and a
few very common Danish names. Only names not already in the source section are written there, so
the whole file has no case-insensitive duplicates. Edit the list here, not the generated file.

Do NOT add the `names-dataset` package as a source: it is built from leaked personal data.
`data/lexicon/municipalities.tsv` is hand-maintained and not touched by this script.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON_DIR = ROOT / "data" / "lexicon"

HAND_CURATED_HEADER = "# hand-curated: common in Danish minutes, not in the sources"

# Medieval/runic forms in the Mimesis list that are also ordinary Danish (or English) words,
# place names or fragments. As first names they would make "Store", "Danske", "Odder" ... people.
EXCLUDED_FIRST_NAMES = frozenset(
    """
    Asl Bise Blek Bole Brand Brod Broder Brun Bulle Danske Dome Dreng Ege Fet Find Fot Ful Gute
    Hake Hals Hen Holm Holte Hwit Kragh Krum Kul Kulle Klint Lage Lave Leg Litle Lok Moder Nase
    Odd Odder Other Pa Rand Rek Rik Ring Star Store Stuf Swart Tole Ville Winter Øn
    """.split()
)

# One name per whitespace-separated token; "_" stands for a space inside a name. Grouped for the
# reader only: a name common in several communities is listed once, where it first came to mind.
HAND_CURATED_FIRST_NAMES = """
# Danish and Nordic names missing from the sources
Arna Jola Thorkild Monica Gunver Lilian Silas Aligo Tonny Lotte Britta Gitte Birgit Berit Bjarne
Lone Karina Charlotte Sonja Line Finn John Rebecca Ulla Pia Karin Caroline Tove Kristian Trine
Jette Hanne Tina Camilla Louise Inge Ib Aage Åge Knud Preben Flemming Leif Ole Jørn Kaj Svend Palle
Rikke Mads Emil Magnus Frederik Oscar Noah William Lucas Victor Malthe Carl Karl Axel Ebbe Kenneth
Brian Dennis Thomas Allan René Rene Jimmy Jimmi Sune Tue Troels Ulrik Anders Nikolaj Sebastian
Simon Benjamin Nanna Freja Clara Laura Julie Josefine Astrid Alma Karla Liv Asta Vigga Hjørdis
Ingrid Ragnhild Solveig Tine Mia Stine Lærke Nikoline Kamilla Anja Annette Jeanette Heidi Bettina
Marlene Mona Gurli Ingelise Ingeborg Ellinor Edith Erna Elly Ketty Egon Holger Ejnar Einar Jakob
Jacob Arne Bendt Gert Hans Helge Kai Keld Nils Steen Sven Tage Villy Willy Kim Jonna Birthe Lis
Lissi Lisa Ann Annie Gunnar Ejvind Eigil Aksel Asbjørn Bjørn Dorrit Gerda Gudrun Hilda Jane Jenny
Joan Kirsten Lillian Minna Nina Rita Ruth Tanja Vivi Yvonne Zenia Dorthe Sidsel Ditte Mai Maj
Orla Verner Werner Bent Henning Poul Jens-Erik Conni Annelise Kamma Marit Tenna Tinna Vinnie Henny Hennie Jonni
Sonni Bonnie Kenni Thor
Marie-Louise Anne-Marie Ann-Britt Lise-Lotte Hans-Henrik Jens-Peter Karl-Erik Per-Olof

# Arabic (Middle East, North Africa, Iraq, Syria, Lebanon, Palestine)
Mohammed Muhammad Mohamed Mohammad Mohamad Muhamed Muhammed Mohammed-Ali Ahmed Ahmad Mahmoud
Mahmud Ali Hassan Hasan Hussein Husein Hussain Houssein Omar Umar Osman Othman Khaled Khalid Walid
Waleed Yousef Youssef Yusuf Ibrahim Ismail Ismael Mustafa Mustapha Moustafa Abdullah Abdallah Abdul
Abdel Abdelkader Abdulrahman Abdulkarim Karim Kareem Nabil Nasser Nasir Samir Sami Said Saeed Saleh
Salah Salim Tariq Tarek Jamal Jamil Kamal Kamel Adel Adil Amir Amin Bilal Hamza Hamid Hamed Hani
Hisham Imad Isam Issam Fuad Fouad Faisal Fahad Fadi Farid Fares Ghassan Hadi Hakim Haitham Jihad
Majid Majed Malik Mansour Marwan Moussa Musa Mounir Munir Nader Nadim Naim Rami Riad Riyad Ramzi
Rashid Rachid Samer Sharif Taha Tamer Wael Yasin Yassin Yassine Younes Younis Zakaria Zakariya
Ziad Ayman Anas Ayoub Ilyas Idris Hicham Mehdi Mahdi Osama Usama Yahya Zaid Suleiman Sulaiman
Nour Noor Nur Fatima Fatma Fatema Aisha Aicha Ayesha Aysha Khadija Maryam Mariam Meryem Zainab
Zeinab Nadia Nada Hiba Heba Hala Huda Hoda Iman Imane Yasmin Yasmina Jasmin Leila Layla Laila Lina
Rania Rana Randa Reem Salma Sana Samira Samia Asma Asmaa Amal Ghada Dalia Dina Hanan Hana Lamia
Latifa Malak Manal Maha Muna Nawal Nisrin Nesrin Noura Rasha Rawan Ruqaya Safa Sahar Sahra Samar
Sumaya Tasnim Wafa Widad Yara Zahra Zeina Alaa Aya Israa Ilham Hayat Hajar Souad Suad Karima Najat
Naima Nabila Rabia Jamila Amina Amira Ahlam Bushra Doaa Ghalia Rima Rola Rula Sawsan Siham Wiam

# Turkish
Mehmet Ahmet Hüseyin Huseyin Murat Emre Burak Serkan Kemal Kenan Erkan Ercan Ozan Okan Orhan Oğuz
Oguz Cem Can Deniz Emin Engin Erdem Erdal Erol Fatih Ferhat Halil Hakan Levent Metin Mert Nihat
Onur Ramazan Recep Selçuk Selcuk Serdar Sinan Tolga Tuncay Ufuk Umut Volkan Yaşar Yasar Yavuz Yunus
Zeki Cengiz Bülent Bulent Bayram Cihan Emrah Gökhan Gokhan Ayşe Ayse Emine Hatice Zeynep Elif Esra
Merve Özlem Ozlem Gül Gülay Gülşen Hülya Sibel Songül Yasemin Serap Derya Dilek Ebru Filiz Gamze
Hacer Melek Nurten Nuray Seda Sevgi Sevim Şule Sule Tuba Tülay Rukiye Hanife Kübra Büşra Aylin
Ayten Birgül Canan Cansu Dilara Emel Esma Feride Gönül Meltem Nazlı Nazli Pınar Pinar Saadet Sultan
Zehra Zuhal Aynur İlknur Ilknur Havva Sevda

# Kurdish
Azad Baran Berivan Rojda Rojin Dilan Zana Shvan Shivan Serwan Sherwan Kawa Karwan Hevi Roj Rezan
Jiyan Nazdar Nasrin Shilan Awat Diyar Rebwar Rebin Soran Hawre Hawar Kurdo Sirwan Hozan Zerya
Dlovan Aso Avin Berfin Helin Rozerin Ronahi Viyan Newroz Ciwan Delal Hezha Dilshad Shirwan Bahoz

# Somali
Abdi Abdirahman Abdullahi Abdiaziz Abdiqadir Abdikadir Abdirashid Abdikarim Abdulkadir Mohamud
Mahamed Maxamed Cabdi Cali Faarax Farah Hodan Hawa Hawo Halima Hamdi Deeqa Ubah Ayan Ayaan Fadumo
Faduma Sagal Ifrah Idil Ikran Ilhan Jama Warsame Guled Mukhtar Nimo Sadia Sacdiya Shukri Sucaad
Najma Nasra Hibo Ismahan Ladan Asad Bashir Liban Yonis Dahir Jibril Khadar Mursal Hamse Hirsi
Samatar Aden Zakariye Canab Hibaq Faiza Muhubo Qamar Sahro

# Persian and Afghan
Reza Arash Babak Behnam Behrouz Bijan Dariush Farhad Farshid Hossein Iraj Kamran Kaveh Kourosh
Masoud Massoud Mehran Mohsen Mojtaba Morteza Nima Omid Payam Pedram Peyman Ramin Shahram Siamak
Sina Soroush Vahid Javad Jafar Ehsan Milad Navid Parviz Habib Mirwais Sayed Wahid Najib Zabihullah
Azadeh Elham Fariba Farideh Fereshteh Fereshta Golnaz Mahin Mahnaz Mina Minoo Neda Niloufar Nazanin
Parisa Parvin Roya Sanaz Shirin Shiva Simin Soraya Tahereh Ziba Mahsa Samaneh Shabnam Shahla
Fargana Afsaneh Atefeh Bahar Farzaneh Forough Homa Katayoun Mehri Mitra Nahid Pari Pegah Roxana
Sepideh Setareh Taraneh Yasaman Zarmina Hila Mahbuba Khatera Masuma Marzia
Rasul Rahim Jawad Ghulam Zahir Nabi Sohrab Rustam Shafiq

# Pakistani and Urdu-speaking
Imran Irfan Asif Shahid Zahid Khurram Naveed Nadeem Aamir Amjad Arshad Aslam Javed Pervez Rizwan
Sajid Shoaib Tahir Tanveer Waqas Zubair Usman Saima Nasreen Shazia Rubina Farzana Shabana Samina
Uzma Humaira Nazia Sidra Hina Aamna Mehwish

# Tamil and Sri Lankan
Ruban Kumar Kannan Murugan Ganesh Gopal Ramesh Suresh Rajesh Mahesh Sathish Senthil Sivakumar Siva
Tharshan Kajan Kajanan Jeyakumar Vijay Vinoth Prakash Pradeep Ravi Raja Rajan Sanjay Nirmal Arun
Arjun Ajith Anand Karthik Krishna Mathan Nishanthan Sharmila Sumathi Priya Lakshmi Kavitha Malathi
Meena Nirmala Shanthi Shanti Selvi Vasanthi Tharani Thulasi Kamala Gowri Geetha Janani Rajeswari
Sujatha Usha Vani Anitha Abirami Keerthana Nithya Pavithra Revathi Sangeetha Thevaki Luxshan

# Polish
Jozef Józef Piotr Paweł Pawel Krzysztof Tomasz Andrzej Marek Michał Michal Marcin Grzegorz Łukasz
Lukasz Jakub Mateusz Dariusz Mariusz Wojciech Zbigniew Stanisław Stanislaw Kazimierz Ryszard Jerzy
Janusz Tadeusz Sławomir Slawomir Przemysław Przemyslaw Bartosz Damian Kamil Rafał Rafal Radosław
Radoslaw Artur Arkadiusz Waldemar Agnieszka Małgorzata Malgorzata Katarzyna Magdalena Joanna Ewa
Dorota Beata Monika Aleksandra Justyna Karolina Natalia Paulina Agata Urszula Jolanta Grażyna
Grazyna Halina Danuta Elżbieta Bożena Renata Iwona Sylwia Wioletta Izabela Kinga Zofia Krystyna
Teresa Jadwiga Aneta Edyta Ewelina Żaneta Weronika

# Bosnian, Serbian, Croatian and Albanian
Dusan Dušan Emir Edin Elvis Adnan Almir Amar Armin Damir Dino Haris Harun Mirza Nermin Nihad Senad
Sead Zlatan Mirsad Enes Ermin Esad Fikret Hamdija Ibro Izet Mujo Nedim Refik Safet Zijad Alen
Goran Zoran Dragan Milan Nikola Dejan Darko Igor Ivan Marko Vladimir Aleksandar Slobodan Branko
Predrag Miroslav Nenad Srdjan Željko Zeljko Amra Azra Aida Amela Amila Belma Dzenana Džana Dzana
Elma Emina Enisa Fikreta Lejla Lamija Medina Mirela Mirsada Nermina Sabina Samra Sanela Selma
Senada Šejla Sejla Vesna Jasmina Snežana Snezana Dragana Gordana Jelena Milica Mirjana Ljiljana
Biljana Branka Zorica Zlata Jasna Arben Agim Besnik Driton Fatmir Valon Blerim Arta Besa Drita Fjolla
Mimoza Vlora

# Eritrean, Ethiopian and other East African
Tesfaye Yonas Senait Selam Mehari Tekle Semhar Filmon Kidane Tsega Mussie Yohannes Ghirmay Merhawi
Awet Saba Eden Rahwa Luwam Mebrahtu Haile Abeba Almaz Genet Mulu

# Ukrainian and Russian
Oleksandr Olena Olga Oksana Tetiana Tatiana Tatjana Iryna Irina Yulia Svetlana Sergei Sergey Serhii
Dmytro Dmitri Andrii Volodymyr Vitalii Yurii Mykola Viktor Viktoria Anastasia Kateryna Mariia
Nataliia Halyna Lyudmila Lyudmyla Valentyna Vasyl Bohdan Taras Oleg Alexei Nikolai Galina

# Vietnamese, Thai and Filipino
Minh Anh Linh Hoa Thanh Tuan Hung Dung Huong Trang Duc Phuong Quang Thuy Somchai Siriporn Malee
Kanya Maricel Rowena Jocelyn Marites
"""


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 bytes that were decoded as cp1252 or latin-1 ("JÃ¸rgensen" -> "Jørgensen")."""
    if "Ã" not in text and "Â" not in text:
        return text
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def clean(text: str) -> str | None:
    """The name as it should be listed, or None when it is junk."""
    name = repair_mojibake(unicodedata.normalize("NFC", text.strip()))
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if len(name) < 2 or "Ã" in name or "Â" in name:
        return None
    if not all(ch.isalpha() or ch in " -'" for ch in name):
        return None
    if not name[0].isalpha() or not name[-1].isalpha():
        return None
    if name.isupper():  # abbreviations and spreadsheet junk such as "TRUE"
        return None
    return name


def dedupe_sorted(names: list[str], exclude: frozenset[str] = frozenset(), taken: set[str] | None = None) -> list[str]:
    """Cleaned, case-insensitively unique (first spelling wins), plainly sorted."""
    seen = taken if taken is not None else set()
    excluded = {e.casefold() for e in exclude}
    kept = []
    for raw in names:
        name = clean(raw)
        if name is None or name.casefold() in excluded or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        kept.append(name)
    return sorted(kept)


def curated_first_names() -> list[str]:
    names = []
    for line in HAND_CURATED_FIRST_NAMES.splitlines():
        if line.lstrip().startswith("#"):
            continue
        names.extend(token.replace("_", " ") for token in line.split())
    return names


def load_sources() -> dict[str, object]:
    try:
        from faker.providers.person.da_DK import Provider as FakerDanish
        import mimesis
    except ImportError as exc:
        sys.exit(f"{exc}: run with a throwaway venv that has faker and mimesis (see this script's docstring)")

    person_json = Path(mimesis.__file__).resolve().parent / "datasets" / "da" / "person.json"
    mimesis_person = json.loads(person_json.read_text(encoding="utf-8"))
    return {
        "faker_version": importlib.metadata.version("faker"),
        "mimesis_version": importlib.metadata.version("mimesis"),
        "faker_first": list(FakerDanish.first_names_male) + list(FakerDanish.first_names_female),
        "faker_last": list(FakerDanish.last_names),
        "mimesis_first": list(mimesis_person["names"]["male"]) + list(mimesis_person["names"]["female"]),
        "mimesis_last": list(mimesis_person["surnames"]),
    }


def header(what: str, faker_version: str, mimesis_version: str) -> list[str]:
    return [
        f"# {what}, one per line. Generated by scripts/build_lexicon.py: edit the script, not this file.",
        f"# Sources: Faker {faker_version} (MIT licence), faker/providers/person/da_DK/__init__.py;",
        f"#          Mimesis {mimesis_version} (MIT licence), mimesis/datasets/da/person.json.",
        "# Mojibake repaired, junk dropped, deduplicated case-insensitively, plain sort.",
    ]


def build() -> dict[str, str]:
    src = load_sources()
    fv, mv = str(src["faker_version"]), str(src["mimesis_version"])

    taken: set[str] = set()
    first = dedupe_sorted(src["faker_first"] + src["mimesis_first"], EXCLUDED_FIRST_NAMES, taken)  # type: ignore[operator]
    curated = dedupe_sorted(curated_first_names(), frozenset(), taken)
    surnames = dedupe_sorted(src["faker_last"] + src["mimesis_last"])  # type: ignore[operator]

    first_lines = header("Danish first names", fv, mv)
    first_lines.append("# The hand-curated section at the end is not from the sources (see scripts/build_lexicon.py).")
    first_lines += first
    first_lines += [HAND_CURATED_HEADER, "# (immigrant communities in Denmark and very common Danish names; generic knowledge)"]
    first_lines += curated
    surname_lines = header("Danish surnames", fv, mv) + surnames
    return {
        "first_names.txt": "\n".join(first_lines) + "\n",
        "surnames.txt": "\n".join(surname_lines) + "\n",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LEXICON_DIR, help="directory to write (default: data/lexicon)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    args = parser.parse_args(argv)

    files = build()
    changed = []
    for name, text in files.items():
        path = args.out / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        changed.append(name)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for name, text in files.items():
        count = sum(1 for line in text.splitlines() if line.strip() and not line.startswith("#"))
        state = ("would change" if args.check else "written") if name in changed else "unchanged"
        print(f"{name}: {count} entries ({state})")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
