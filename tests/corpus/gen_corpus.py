#!/usr/bin/env python3
# Copied verbatim from the team's shared benchmark generator (../shared/bench/gen_corpus.py) so that
# tests can build the same corpus without ../shared. Keep in sync when CORPUS_VERSION changes.
"""Deterministic synthetic bibliographic corpus generator.

Produces N records with a realistic mix of languages and entry types, written
both as BibTeX (biblatex flavour) and as JSON lines carrying the same data in
structured form.  It is meant to be reused as the standard benchmark corpus for
the bibliographic manager, so its output must stay stable:

* Determinism: record ``i`` depends only on ``(seed, i)`` (a fresh
  ``random.Random(f"{seed}:{i}")`` per record; string seeds are hashed with
  SHA-512 by CPython, independent of PYTHONHASHSEED).  Consequently the 1k
  corpus is a record-for-record prefix of the 10k corpus, which is a prefix of
  the 100k corpus, for the same seed (the .jsonl files are byte prefixes; the
  .bib files differ only in their first header comment line, which names n).  Changing any word list changes the corpus, so
  bump ``CORPUS_VERSION`` when editing them.
* Mix (approximate, by construction): 45 % Chinese, 25 % Russian, 30 % English
  records; entry types article 50 %, book 20 %, incollection 12 %, thesis 8 %,
  online 10 %.  Chinese titles are 10-30 CJK characters, Chinese abstracts
  200-400 characters.  About 60 % of records carry an abstract, about a third
  of articles carry a DOI, and about 30 % of books are translations (with a
  ``translator`` field and ``origlanguage``).

Field conventions (BibTeX side):
  author/editor/translator  ``A and B``; Chinese names are written unsplit
                            (``张宁``), Russian and English as ``Last, First``;
                            translated Chinese books name foreign authors in
                            Chinese transliteration (``亚历山大·伊万诺夫``), and
                            Russian translations of Chinese books keep the
                            author in hanzi (a deliberate mixed-script case).
  langid                    ``chinese`` | ``russian`` | ``english``
  keywords                  comma-separated
  title (English)           all-caps acronyms brace-protected (``{USSR}``);
                            ``&`` is escaped as ``\\&`` in every text field.
JSON side: one object per line with keys ``key, type, lang, title, authors,
editors, translators, year, journal, booktitle, volume, number, pages,
publisher, address, institution, thesis_type, doi, isbn, url, urldate,
keywords (list), abstract, origlanguage``; absent values are omitted.  Text is
plain (no BibTeX escaping or brace protection).

Usage::

    python gen_corpus.py --sizes 1000,10000,100000 --seed 42 --out /tmp/benchdata
    # -> /tmp/benchdata/corpus_1k.bib, corpus_1k.jsonl, corpus_10k.bib, ...

    python gen_corpus.py --n 500 --out . --name tiny   # -> tiny.bib, tiny.jsonl

It can also be imported: ``generate_record(i, seed)`` returns the dict for one
record, ``iter_records(n, seed)`` yields them, ``to_bibtex(rec)`` renders one.
Only the standard library is used.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

CORPUS_VERSION = 1
DEFAULT_SEED = 42

LANG_WEIGHTS = (("zh", 45), ("ru", 25), ("en", 30))
TYPE_WEIGHTS = (("article", 50), ("book", 20), ("incollection", 12),
                ("thesis", 8), ("online", 10))

# --------------------------------------------------------------------------
# Chinese vocabulary
# --------------------------------------------------------------------------
ZH_SURNAMES = [  # (hanzi, pinyin) - used for the citekey
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
    ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
    ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"),
    ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han"),
    ("唐", "tang"), ("冯", "feng"), ("于", "yu"), ("董", "dong"), ("程", "cheng"),
    ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu"), ("傅", "fu"),
    ("沈", "shen"), ("曾", "zeng"), ("彭", "peng"), ("吕", "lv"), ("苏", "su"),
    ("卢", "lu"), ("蒋", "jiang"), ("蔡", "cai"), ("贾", "jia"), ("丁", "ding"),
    ("魏", "wei"), ("薛", "xue"), ("叶", "ye"), ("阎", "yan"), ("潘", "pan"),
    ("杜", "du"), ("戴", "dai"), ("夏", "xia"), ("钟", "zhong"), ("汪", "wang"),
    ("田", "tian"), ("任", "ren"), ("姜", "jiang"), ("范", "fan"), ("方", "fang"),
    ("石", "shi"), ("姚", "yao"), ("谭", "tan"), ("廖", "liao"), ("邹", "zou"),
    ("熊", "xiong"), ("金", "jin"), ("陆", "lu"), ("郝", "hao"), ("孔", "kong"),
    ("白", "bai"), ("崔", "cui"), ("康", "kang"), ("毛", "mao"), ("邱", "qiu"),
    ("秦", "qin"), ("江", "jiang"), ("史", "shi"), ("顾", "gu"), ("侯", "hou"),
    ("欧阳", "ouyang"), ("司马", "sima"),
]
ZH_GIVEN_CHARS = list(
    "宁明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英建国文辉力新晓"
    "春玲红梅海波鹏飞燕雪峰俊琳慧颖婷宇浩然思远志博嘉欣子涵雨轩一凡")
ZH_TRANSLIT_RU = [  # Chinese renderings of Russian names, joined with '·'
    "亚历山大·伊万诺夫", "弗拉基米尔·彼得罗夫", "谢尔盖·斯米尔诺夫",
    "安德烈·库兹涅佐夫", "德米特里·波波夫", "尼古拉·瓦西里耶夫",
    "米哈伊尔·索科洛夫", "伊万·米哈伊洛夫", "叶夫根尼·诺维科夫",
    "安娜·费奥多罗娃", "叶莲娜·莫罗佐娃", "娜塔莉亚·沃尔科娃",
    "维克多·阿列克谢耶夫", "尤里·列别捷夫", "鲍里斯·谢苗诺夫",
    "列夫·托尔斯泰", "费奥多尔·陀思妥耶夫斯基", "安东·契诃夫",
]
ZH_TRANSLIT_EN = [
    "约翰·史密斯", "大卫·琼斯", "迈克尔·布朗", "罗伯特·威廉斯", "詹姆斯·泰勒",
    "玛丽·戴维斯", "托马斯·威尔逊", "理查德·埃文斯", "苏珊·约翰逊",
]
ZH_PLACES = ["中国", "俄罗斯", "苏联", "美国", "日本", "中亚", "远东", "西伯利亚",
             "东北亚", "欧亚", "上海合作组织", "黑龙江", "哈尔滨", "莫斯科",
             "圣彼得堡", "蒙古", "朝鲜半岛", "北极", "中东欧", "乌克兰", "哈萨克斯坦"]
ZH_DOMAINS = ["外交", "经济", "能源", "文化", "文学", "语言", "历史", "教育", "安全",
              "贸易", "农业", "宗教", "军事", "法律", "媒体", "科技", "人口", "移民",
              "民族", "思想", "金融", "交通", "生态", "旅游", "艺术", "哲学"]
ZH_NOUNS = ["关系", "政策", "合作", "战略", "发展", "改革", "转型", "问题", "现状",
            "前景", "挑战", "影响", "认同", "形象", "话语", "制度", "模式", "机制",
            "路径", "格局", "进程", "体系", "传统", "变迁", "叙事", "翻译", "接受",
            "传播", "治理", "互动", "博弈", "困境", "对策", "评价", "特征", "演变"]
ZH_MODIFIERS = ["新时代", "当代", "近代", "后苏联时期", "二十世纪", "冷战后", "全球化背景下",
                "数字化时代", "区域", "双边", "多边", "新形势下", "百年变局下", "战后"]
ZH_PEOPLE = ["普希金", "托尔斯泰", "陀思妥耶夫斯基", "契诃夫", "高尔基", "肖洛霍夫",
             "帕斯捷尔纳克", "布尔加科夫", "索尔仁尼琴", "屠格涅夫", "果戈理", "鲁迅",
             "巴金", "茅盾", "戈宝权", "瞿秋白"]
ZH_FIXED_TOPICS = ["中俄关系", "一带一路", "中俄能源合作", "远东开发", "俄罗斯文学",
                   "苏联解体", "中苏关系", "欧亚经济联盟", "北极航道", "中俄边境贸易",
                   "俄语教学", "文学翻译", "国家形象", "区域合作", "人文交流",
                   "冰上丝绸之路", "全面战略协作伙伴关系", "中东铁路", "十月革命"]
ZH_JOURNALS = ["俄罗斯学刊", "俄罗斯东欧中亚研究", "俄罗斯研究", "中国社会科学",
               "世界经济与政治", "国际问题研究", "外国文学", "中国翻译", "历史研究",
               "近代史研究", "外语学刊", "中国俄语教学", "东北亚论坛", "西伯利亚研究",
               "国际政治研究", "当代亚太", "外国文学评论", "俄罗斯文艺"]
ZH_PUBLISHERS = [("商务印书馆", "北京"), ("中华书局", "北京"), ("人民出版社", "北京"),
                 ("社会科学文献出版社", "北京"), ("北京大学出版社", "北京"),
                 ("上海译文出版社", "上海"), ("人民文学出版社", "北京"),
                 ("生活·读书·新知三联书店", "北京"), ("中国社会科学出版社", "北京"),
                 ("华东师范大学出版社", "上海"), ("黑龙江人民出版社", "哈尔滨"),
                 ("外语教学与研究出版社", "北京")]
ZH_INSTITUTIONS = ["北京大学", "中国人民大学", "北京外国语大学", "黑龙江大学",
                   "华东师范大学", "南京大学", "复旦大学", "中国社会科学院研究生院",
                   "上海外国语大学", "吉林大学"]
ZH_THESIS_TYPES = ["博士学位论文", "硕士学位论文"]
ZH_COLLECTIONS = ["中俄关系研究论文集", "俄罗斯发展报告", "欧亚研究文集",
                  "中国俄罗斯东欧中亚学会年会论文集", "俄罗斯文学与文化研究",
                  "东北亚区域合作论丛"]
ZH_SITES = ["news.example.cn", "www.example.org.cn", "paper.example.com.cn"]

# --------------------------------------------------------------------------
# Russian vocabulary
# --------------------------------------------------------------------------
RU_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
               "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков",
               "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
               "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
               "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
               "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
               "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов",
               "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
               "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров",
               "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
               "Титов", "Марков", "Миронов", "Крылов", "Карпов", "Власов",
               "Лукин", "Ларин", "Гельбрас", "Тихвинский", "Мясников"]
RU_MALE = [("Александр", "Александрович"), ("Сергей", "Сергеевич"),
           ("Владимир", "Владимирович"), ("Андрей", "Андреевич"),
           ("Дмитрий", "Дмитриевич"), ("Николай", "Николаевич"),
           ("Михаил", "Михайлович"), ("Иван", "Иванович"), ("Алексей", "Алексеевич"),
           ("Юрий", "Юрьевич"), ("Виктор", "Викторович"), ("Борис", "Борисович"),
           ("Евгений", "Евгеньевич"), ("Павел", "Павлович"), ("Игорь", "Игоревич")]
RU_FEMALE = ["Анна", "Елена", "Наталья", "Ольга", "Татьяна", "Ирина", "Мария",
             "Светлана", "Екатерина", "Людмила", "Юлия", "Галина"]
RU_TOPICS = [  # (nominative, genitive)
    ("российско-китайские отношения", "российско-китайских отношений"),
    ("экономическое сотрудничество России и Китая",
     "экономического сотрудничества России и Китая"),
    ("энергетическая политика", "энергетической политики"),
    ("внешняя политика России", "внешней политики России"),
    ("русская эмиграция в Харбине", "русской эмиграции в Харбине"),
    ("китайская модернизация", "китайской модернизации"),
    ("образ Китая", "образа Китая"),
    ("перевод русской литературы", "перевода русской литературы"),
    ("региональная интеграция", "региональной интеграции"),
    ("приграничная торговля", "приграничной торговли"),
    ("советско-китайский раскол", "советско-китайского раскола"),
    ("инициатива «Один пояс, один путь»", "инициативы «Один пояс, один путь»"),
    ("языковая политика", "языковой политики"),
    ("историческая память", "исторической памяти"),
    ("Северный морской путь", "Северного морского пути"),
    ("Евразийский экономический союз", "Евразийского экономического союза"),
    ("развитие Дальнего Востока", "развития Дальнего Востока"),
    ("изучение русского языка в Китае", "изучения русского языка в Китае"),
    ("Шанхайская организация сотрудничества",
     "Шанхайской организации сотрудничества"),
    ("культурная дипломатия", "культурной дипломатии"),
    ("миграционная политика", "миграционной политики"),
    ("китайская философия", "китайской философии"),
]
RU_CONTEXTS = ["в XXI веке", "на современном этапе", "в 1950-е годы",
               "в условиях глобализации", "в Центральной Азии", "на Дальнем Востоке",
               "в Сибири", "в эпоху реформ", "после распада СССР",
               "в контексте санкций", "в российской историографии",
               "в китайской прессе", "в годы холодной войны", "в 1920–1930-е годы"]
RU_SUBTITLES = ["проблемы и перспективы", "история и современность",
                "опыт сравнительного анализа", "новые подходы", "итоги и уроки",
                "взгляд из Пекина", "взгляд из Москвы", "к постановке проблемы",
                "по материалам архивов", "теория и практика"]
RU_KEYWORDS = ["Россия", "Китай", "КНР", "СССР", "сотрудничество", "внешняя политика",
               "энергетика", "Дальний Восток", "Сибирь", "интеграция", "история",
               "литература", "перевод", "миграция", "безопасность", "торговля",
               "ШОС", "ЕАЭС", "Арктика", "идентичность", "дипломатия"]
RU_JOURNALS = ["Проблемы Дальнего Востока", "Вопросы истории", "Международная жизнь",
               "Вестник Московского университета. Серия 13. Востоковедение",
               "Восток (Oriens)", "Мировая экономика и международные отношения",
               "Полис. Политические исследования", "Россия и АТР",
               "Известия Восточного института", "Новая и новейшая история",
               "Вопросы литературы", "Сравнительная политика"]
RU_PUBLISHERS = [("Наука", "Москва"), ("Восточная литература", "Москва"),
                 ("Издательство Московского университета", "Москва"),
                 ("ИДВ РАН", "Москва"), ("Весь Мир", "Москва"),
                 ("Аспект Пресс", "Москва"), ("РОССПЭН", "Москва"),
                 ("Алетейя", "Санкт-Петербург"), ("Дальнаука", "Владивосток"),
                 ("Издательство СО РАН", "Новосибирск")]
RU_INSTITUTIONS = ["МГУ имени М. В. Ломоносова", "СПбГУ", "МГИМО МИД России",
                   "Институт Дальнего Востока РАН", "ДВФУ", "НИУ ВШЭ"]
RU_THESIS_TYPES = ["дис. … канд. ист. наук", "дис. … д-ра полит. наук",
                   "дис. … канд. филол. наук"]
RU_COLLECTIONS = ["Китай в мировой и региональной политике",
                  "Россия и Китай: история и современность",
                  "Общество и государство в Китае", "Российское востоковедение"]
RU_SITES = ["www.example.ru", "news.example.ru"]
RU_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
     "", "e", "iu", "ia"]))

# --------------------------------------------------------------------------
# English vocabulary
# --------------------------------------------------------------------------
EN_SURNAMES = ["Smith", "Jones", "Brown", "Williams", "Taylor", "Davies", "Wilson",
               "Evans", "Johnson", "Miller", "Anderson", "Clark", "Lewis", "Walker",
               "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
               "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
               "Campbell", "Parker", "Lukin", "Kotkin", "Lo", "Wishnick", "Gabuev",
               "Bellacqua", "Radchenko", "Westad", "Lüthi", "O'Brien", "McAllister"]
EN_FIRST = ["John", "David", "Michael", "Robert", "James", "Mary", "Thomas",
            "Richard", "Susan", "Elizabeth", "Sarah", "Peter", "Andrew", "Laura",
            "Emily", "Daniel", "Anna", "Catherine", "Stephen", "Alexander"]
EN_TOPICS = ["Sino-Russian Relations", "Energy Cooperation between Russia and China",
             "The Soviet Legacy", "Russian Foreign Policy",
             "Chinese Migration to the Russian Far East",
             "Translation and Reception of Russian Literature in China",
             "Border Trade", "The Belt and Road Initiative", "Language Policy",
             "Historical Memory", "Arctic Shipping", "Eurasian Integration",
             "Nuclear Arms Control", "Cultural Diplomacy", "Soft Power",
             "The Sino-Soviet Split", "BRICS and the Global South",
             "The USSR and the PRC", "Russian Émigrés in Harbin",
             "Central Asian Pipelines", "Military Cooperation"]
EN_CONTEXTS = ["in the Twenty-First Century", "after the Cold War", "in Central Asia",
               "in the 1950s", "since 1991", "under Xi Jinping", "in the Putin Era",
               "in Comparative Perspective", "during the Cold War",
               "in the Asia-Pacific", "and the Sanctions Regime"]
EN_SUBTITLES = ["A Reassessment", "Evidence from Archival Sources",
                "Problems and Prospects", "A Case Study of Harbin",
                "Theory and Practice", "Continuity and Change",
                "A Quantitative Analysis", "New Perspectives"]
EN_KEYWORDS = ["Russia", "China", "Soviet Union", "foreign policy", "energy",
               "Far East", "Siberia", "integration", "history", "literature",
               "translation", "migration", "security", "trade", "SCO",
               "Eurasian Economic Union", "Arctic", "identity", "diplomacy",
               "Cold War", "sanctions"]
EN_JOURNALS = ["Europe-Asia Studies", "The China Quarterly", "Slavic Review",
               "Post-Soviet Affairs", "International Affairs",
               "Journal of Cold War Studies", "Asian Survey",
               "Problems of Post-Communism", "The Russian Review",
               "Journal of Eurasian Studies", "Cold War History",
               "Eurasian Geography and Economics"]
EN_PUBLISHERS = [("Cambridge University Press", "Cambridge"),
                 ("Oxford University Press", "Oxford"), ("Routledge", "London"),
                 ("Palgrave Macmillan", "Basingstoke"),
                 ("Stanford University Press", "Stanford, CA"),
                 ("Taylor & Francis", "Abingdon"), ("Brill", "Leiden"),
                 ("Springer", "Cham"), ("Harvard University Asia Center", "Cambridge, MA"),
                 ("Brookings Institution Press", "Washington, DC")]
EN_INSTITUTIONS = ["Harvard University", "University of Oxford",
                   "London School of Economics", "Stanford University",
                   "University of California, Berkeley", "Columbia University"]
EN_THESIS_TYPES = ["PhD thesis", "MA thesis"]
EN_COLLECTIONS = ["The Oxford Handbook of Russian Foreign Policy",
                  "Sino-Russian Relations in the Twenty-First Century",
                  "Routledge Handbook of Chinese Security",
                  "Eurasia on the Edge", "The Cambridge History of the Cold War"]
EN_SITES = ["www.example.com", "blog.example.org"]

# Abstract sentence templates; {t}=topic, {g}=genitive topic (ru), {c}=context
ZH_ABSTRACT_SENTENCES = [
    "本文以{t}为研究对象，从{d}的角度探讨了{p}{d}{n}的{n2}。",
    "研究表明，{t}在{d}{n}方面具有重要意义。",
    "文章首先梳理了{t}的历史脉络，其次分析了{p}{d}{n}的主要特征，最后提出了相应的对策建议。",
    "{t}是{p}{d}{n}的重要组成部分，对{m}{p}的{d}发展产生了深远影响。",
    "作者利用{p}档案文献和实地调研资料，系统考察了{m}{t}的{n}与{n2}。",
    "在{m}，{p}与{p2}之间的{d}{n}呈现出新的{n2}。",
    "本文认为，推动{t}需要完善{d}{n}，加强{p}与{p2}的{n2}。",
    "通过对{person}作品的文本分析，本文揭示了{t}中的{d}{n}。",
    "近年来，学界围绕{t}展开了大量研究，但对{p}{d}{n2}的关注仍显不足。",
    "基于{d}{n}理论框架，文章构建了分析{t}的新视角。",
]
RU_ABSTRACT_SENTENCES = [
    "В статье рассматриваются основные этапы {g} {c}.",
    "Автор анализирует особенности {g} и выявляет ключевые тенденции.",
    "Особое внимание уделяется роли государства в процессе {g}.",
    "На основе архивных материалов показана эволюция {g} {c}.",
    "Делается вывод о значении {g} для региональной безопасности.",
    "Исследование опирается на широкий круг источников на русском и китайском языках.",
    "Отмечается, что {t} {c} остаётся предметом научной дискуссии.",
    "Предлагается новая периодизация {g}.",
]
EN_ABSTRACT_SENTENCES = [
    "This article examines {t} {c}.",
    "Drawing on newly available archival sources, it reconstructs the evolution of {tl}.",
    "The author argues that {tl} was shaped by domestic politics as much as by external pressure.",
    "Particular attention is paid to the role of local actors {c}.",
    "The findings suggest that conventional accounts of {tl} need to be revised.",
    "The study combines quantitative trade data with interviews conducted in Moscow and Beijing.",
    "It concludes by outlining implications for future research on {tl}.",
]


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def _year(rng: random.Random) -> int:
    # skewed towards recent years, 1950..2024
    return max(1950, min(2024, int(2024 - abs(rng.gauss(0, 15)))))


def _isbn13(rng: random.Random, prefix: str) -> str:
    digits = prefix.replace("-", "")
    while len(digits) < 12:
        digits += str(rng.randrange(10))
    s = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(digits))
    check = (10 - s % 10) % 10
    body = digits + str(check)
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{body[12]}"


def _pages(rng: random.Random) -> str:
    start = rng.randint(1, 300)
    return f"{start}--{start + rng.randint(4, 30)}"


# ---------------------------------------------------------------- names ---
def _zipf_cum(n: int, s: float) -> list[float]:
    acc, out = 0.0, []
    for rank in range(1, n + 1):
        acc += 1.0 / rank ** s
        out.append(acc)
    return out


# Chinese surnames and given-name characters are Zipf-distributed (list order =
# rank), so that common names such as 王伟 / 张宁 / 李明 recur as in real data.
_ZH_SUR_CUM = _zipf_cum(len(ZH_SURNAMES), 1.0)
_ZH_GIVEN_CUM = _zipf_cum(len(ZH_GIVEN_CHARS), 1.0)


def _zh_name(rng: random.Random) -> tuple[str, str]:
    sur, py = rng.choices(ZH_SURNAMES, cum_weights=_ZH_SUR_CUM)[0]
    n_given = rng.choice((1, 2, 2))
    given = "".join(rng.choices(ZH_GIVEN_CHARS, cum_weights=_ZH_GIVEN_CUM, k=n_given))
    return sur + given, py


def _ru_name(rng: random.Random, initials: bool) -> tuple[str, str]:
    sur = rng.choice(RU_SURNAMES)
    latin = "".join(RU_TRANSLIT.get(ch, ch) for ch in sur.lower())
    pat = rng.choice(RU_MALE)[1]
    if rng.random() < 0.7:
        first, _ = rng.choice(RU_MALE)
    else:  # female: feminine surname and patronymic (-ович -> -овна)
        first = rng.choice(RU_FEMALE)
        pat = pat[:-2] + "на"
        if sur.endswith("ий"):
            sur = sur[:-2] + "ая"
        elif sur.endswith(("ов", "ев", "ёв", "ин", "ын")):
            sur += "а"
    if initials:
        return f"{sur}, {first[0]}. {pat[0]}.", latin
    return f"{sur}, {first} {pat}", latin


def _en_name(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(EN_SURNAMES)
    first = rng.choice(EN_FIRST)
    if rng.random() < 0.35:
        first += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    latin = re.sub(r"[^a-z]", "", sur.lower().replace("ü", "u"))
    return f"{sur}, {first}", latin


# --------------------------------------------------------------- titles ---
def _zh_title(rng: random.Random) -> str:
    p, p2 = rng.sample(ZH_PLACES, 2)
    d = rng.choice(ZH_DOMAINS)
    n, n2 = rng.sample(ZH_NOUNS, 2)
    m = rng.choice(ZH_MODIFIERS)
    t = rng.choice(ZH_FIXED_TOPICS)
    person = rng.choice(ZH_PEOPLE)
    templates = [
        f"{m}{p}{d}{n}研究",
        f"{p}与{p2}{d}{n}的{n2}",
        f"论{m}{t}的{n}与{n2}",
        f"{t}视域下的{p}{d}{n}",
        f"从{n}到{n2}：{m}{p}{d}{n}的演进",
        f"{person}在中国的{n}与{n2}",
        f"{t}：{n}、{n2}与前景",
        f"{m}{t}中的{d}{n}问题探析",
        f"{p}{d}{n}的历史考察——以{p2}为例",
        f"{t}背景下{p}{d}{n}的{n2}分析",
    ]
    for _ in range(10):
        title = rng.choice(templates)
        if 10 <= len(title) <= 30:
            return title
    # deterministic fallback: pad or truncate into range
    title = rng.choice(templates)
    if len(title) < 10:
        title = f"{title}的{n2}研究"
    return title[:30]


def _zh_abstract(rng: random.Random, lo: int = 200, hi: int = 400) -> str:
    target = rng.randint(lo, hi)
    parts: list[str] = []
    length = 0
    while length < target:
        p, p2 = rng.sample(ZH_PLACES, 2)
        n, n2 = rng.sample(ZH_NOUNS, 2)
        s = rng.choice(ZH_ABSTRACT_SENTENCES).format(
            t=rng.choice(ZH_FIXED_TOPICS), d=rng.choice(ZH_DOMAINS), n=n, n2=n2,
            p=p, p2=p2, m=rng.choice(ZH_MODIFIERS), person=rng.choice(ZH_PEOPLE))
        parts.append(s)
        length += len(s)
    text = "".join(parts)
    if len(text) > hi:
        text = text[:hi - 1] + "。"
    return text


def _ru_title(rng: random.Random) -> str:
    nom, _ = rng.choice(RU_TOPICS)
    title = nom[0].upper() + nom[1:] + " " + rng.choice(RU_CONTEXTS)
    if rng.random() < 0.5:
        title += ": " + rng.choice(RU_SUBTITLES)
    return title


def _ru_abstract(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(3, 6)):
        nom, gen = rng.choice(RU_TOPICS)
        s = rng.choice(RU_ABSTRACT_SENTENCES).format(t=nom, g=gen, c=rng.choice(RU_CONTEXTS))
        out.append(s[0].upper() + s[1:])
    return " ".join(out)


def _en_title(rng: random.Random) -> str:
    title = rng.choice(EN_TOPICS) + " " + rng.choice(EN_CONTEXTS)
    if rng.random() < 0.5:
        title += ": " + rng.choice(EN_SUBTITLES)
    return title


def _en_abstract(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(3, 6)):
        t = rng.choice(EN_TOPICS)
        tl = "the" + t[3:] if t.startswith("The ") else t  # mid-sentence form
        s = rng.choice(EN_ABSTRACT_SENTENCES).format(t=t, tl=tl, c=rng.choice(EN_CONTEXTS))
        out.append(s)
    return " ".join(out)


# -------------------------------------------------------------- records ---
def generate_record(i: int, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Return record ``i`` of the corpus for ``seed`` (pure function of both)."""
    rng = random.Random(f"{seed}:{i}")
    lang = _weighted(rng, LANG_WEIGHTS)
    etype = _weighted(rng, TYPE_WEIGHTS)
    year = _year(rng)
    if etype == "online":
        year = max(year, 2000)
    rec: dict[str, Any] = {"type": etype, "lang": lang}
    n_auth = rng.choice((1, 1, 1, 2, 2, 3)) if etype != "thesis" else 1
    translated = etype == "book" and rng.random() < 0.30

    if lang == "zh":
        if translated:
            src = "russian" if rng.random() < 0.7 else "english"
            pool = ZH_TRANSLIT_RU if src == "russian" else ZH_TRANSLIT_EN
            authors = [rng.choice(pool)]
            latin = "trans"
            rec["translators"] = [_zh_name(rng)[0] for _ in range(rng.choice((1, 1, 2)))]
            rec["origlanguage"] = src
        else:
            names = [_zh_name(rng) for _ in range(n_auth)]
            authors = [nm for nm, _ in names]
            latin = names[0][1]
        rec["title"] = _zh_title(rng)
        journals, publishers, insts = ZH_JOURNALS, ZH_PUBLISHERS, ZH_INSTITUTIONS
        thesis_types, colls, sites = ZH_THESIS_TYPES, ZH_COLLECTIONS, ZH_SITES
        keywords = rng.sample(ZH_FIXED_TOPICS + [d + n for d in ZH_DOMAINS[:6] for n in ZH_NOUNS[:4]],
                              rng.randint(3, 6))
        p_abstract = 0.70
        abstract: Callable[[random.Random], str] = _zh_abstract
        doi_p, doi_prefix = 0.30, "10.13569"
        isbn_prefix = "978-7"
    elif lang == "ru":
        initials = rng.random() < 0.5
        if translated:
            authors = [_zh_name(rng)[0]]
            rec["translators"] = [_ru_name(rng, initials)[0]]
            rec["origlanguage"] = "chinese"
            latin = "trans"
        else:
            names = [_ru_name(rng, initials) for _ in range(n_auth)]
            authors = [nm for nm, _ in names]
            latin = names[0][1]
        rec["title"] = _ru_title(rng)
        journals, publishers, insts = RU_JOURNALS, RU_PUBLISHERS, RU_INSTITUTIONS
        thesis_types, colls, sites = RU_THESIS_TYPES, RU_COLLECTIONS, RU_SITES
        keywords = rng.sample(RU_KEYWORDS, rng.randint(3, 6))
        p_abstract = 0.50
        abstract = _ru_abstract
        doi_p, doi_prefix = 0.30, "10.31857"
        isbn_prefix = "978-5"
    else:
        if translated:
            rec["origlanguage"] = "russian"
            authors = [_ru_name(rng, False)[0]]
            rec["translators"] = [_en_name(rng)[0]]
            latin = "trans"
        else:
            names = [_en_name(rng) for _ in range(n_auth)]
            authors = [nm for nm, _ in names]
            latin = names[0][1]
        rec["title"] = _en_title(rng)
        journals, publishers, insts = EN_JOURNALS, EN_PUBLISHERS, EN_INSTITUTIONS
        thesis_types, colls, sites = EN_THESIS_TYPES, EN_COLLECTIONS, EN_SITES
        keywords = rng.sample(EN_KEYWORDS, rng.randint(3, 6))
        p_abstract = 0.60
        abstract = _en_abstract
        doi_p, doi_prefix = 0.50, "10.1080"
        isbn_prefix = "978-1"

    rec["key"] = f"{latin}{year}-{i}"
    rec["authors"] = authors
    rec["year"] = year

    if etype == "article":
        rec["journal"] = rng.choice(journals)
        rec["volume"] = str(max(1, year - 1950 + rng.randint(-3, 3)))
        rec["number"] = str(rng.randint(1, 6))
        rec["pages"] = _pages(rng)
        if rng.random() < doi_p:
            rec["doi"] = f"{doi_prefix}/j.{year}.{rng.randint(1, 12):02d}.{rng.randint(0, 99999):05d}"
    elif etype == "book":
        pub, addr = rng.choice(publishers)
        rec["publisher"], rec["address"] = pub, addr
        rec["isbn"] = _isbn13(rng, isbn_prefix)
        if rng.random() < doi_p / 2:
            rec["doi"] = f"{doi_prefix}/b.{year}.{rng.randint(0, 99999):05d}"
    elif etype == "incollection":
        pub, addr = rng.choice(publishers)
        rec["booktitle"] = rng.choice(colls)
        rec["editors"] = ([_zh_name(rng)[0]] if lang == "zh" else
                          [_ru_name(rng, True)[0]] if lang == "ru" else [_en_name(rng)[0]])
        rec["publisher"], rec["address"] = pub, addr
        rec["pages"] = _pages(rng)
    elif etype == "thesis":
        rec["institution"] = rng.choice(insts)
        rec["thesis_type"] = rng.choice(thesis_types)
    else:  # online
        rec["url"] = f"https://{rng.choice(sites)}/{year}/{rng.randint(1, 12):02d}/{rng.randint(1000, 99999)}.html"
        rec["urldate"] = f"{rng.randint(max(year, 2005), 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    rec["keywords"] = keywords
    if rng.random() < p_abstract:
        rec["abstract"] = abstract(rng)
    return rec


def iter_records(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield generate_record(i, seed)


# -------------------------------------------------------------- BibTeX ----
LANGID = {"zh": "chinese", "ru": "russian", "en": "english"}
_ACRONYM = re.compile(r"\b([A-Z]{2,})\b")


def _esc(s: str) -> str:
    return s.replace("&", r"\&")


def to_bibtex(rec: dict[str, Any]) -> str:
    """Render one record as a biblatex entry (ends with a blank line)."""
    f: list[tuple[str, str]] = []
    f.append(("author", " and ".join(rec["authors"])))
    if "editors" in rec:
        f.append(("editor", " and ".join(rec["editors"])))
    if "translators" in rec:
        f.append(("translator", " and ".join(rec["translators"])))
    title = _esc(rec["title"])
    if rec["lang"] == "en":
        title = _ACRONYM.sub(r"{\1}", title)
    f.append(("title", title))
    for k in ("journal", "booktitle"):
        if k in rec:
            f.append((k, _esc(rec[k])))
    f.append(("year", str(rec["year"])))
    for k in ("volume", "number", "pages", "publisher", "address", "institution"):
        if k in rec:
            f.append((k, _esc(rec[k])))
    if "thesis_type" in rec:
        f.append(("type", rec["thesis_type"]))
    for k in ("doi", "isbn", "url", "urldate", "origlanguage"):
        if k in rec:
            f.append((k, rec[k]))
    f.append(("langid", LANGID[rec["lang"]]))
    f.append(("keywords", _esc(", ".join(rec["keywords"]))))
    if "abstract" in rec:
        f.append(("abstract", _esc(rec["abstract"])))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in f)
    return f"@{rec['type']}{{{rec['key']},\n{body}\n}}\n\n"


def _size_name(n: int) -> str:
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def write_corpus(n: int, seed: int, out_dir: str, name: str | None = None) -> tuple[str, str]:
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, name or f"corpus_{_size_name(n)}")
    bib_path, jsonl_path = base + ".bib", base + ".jsonl"
    with open(bib_path, "w", encoding="utf-8") as fb, \
            open(jsonl_path, "w", encoding="utf-8") as fj:
        fb.write(f"% Synthetic bibliographic corpus v{CORPUS_VERSION}: n={n} seed={seed}\n"
                 f"% generated by gen_corpus.py - do not edit by hand\n\n")
        for rec in iter_records(n, seed):
            fb.write(to_bibtex(rec))
            fj.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return bib_path, jsonl_path


def _stats(path_jsonl: str) -> dict[str, Any]:
    langs: Counter[str] = Counter()
    types: Counter[str] = Counter()
    n = abstr = doi = trans = 0
    with open(path_jsonl, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            n += 1
            langs[r["lang"]] += 1
            types[r["type"]] += 1
            abstr += "abstract" in r
            doi += "doi" in r
            trans += "translators" in r
    return {"n": n, "lang": dict(langs), "type": dict(types), "with_abstract": abstr,
            "with_doi": doi, "with_translator": trans}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, help="number of records (single corpus)")
    ap.add_argument("--sizes", default=None,
                    help="comma-separated sizes, e.g. 1000,10000,100000")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=".", help="output directory")
    ap.add_argument("--name", default=None, help="base file name (only with --n)")
    ap.add_argument("--stats", action="store_true", help="print mix statistics")
    a = ap.parse_args(argv)
    sizes = [a.n] if a.n else [int(x) for x in (a.sizes or "1000,10000,100000").split(",")]
    for n in sizes:
        bib, jl = write_corpus(n, a.seed, a.out, a.name if a.n else None)
        info = {"bib": bib, "jsonl": jl, "bib_bytes": os.path.getsize(bib),
                "jsonl_bytes": os.path.getsize(jl)}
        if a.stats:
            info.update(_stats(jl))
        print(json.dumps(info, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
