"""Chinese and Japanese surname data: compound surnames, surname readings, common surnames.

Plain constants (immutable), no I/O.
"""

from __future__ import annotations

COMPOUND_SURNAMES: frozenset[str] = frozenset(
    """
    欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 轩辕 令狐 钟离 闾丘 万俟 澹台
    公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 呼延 端木 赫连 独孤 南宫 西门 百里 东郭 拓跋 第五 公羊 谷梁
    左丘 梁丘 乐正 漆雕 壤驷 巫马 公西 颛孙 段干 司寇 子车 微生 羊舌 东门 鲜于 叱干 完颜 爱新觉罗
    歐陽 司馬 諸葛 尉遲 長孫 鍾離 閭丘 萬俟 軒轅 夏侯 慕容 端木 東方 單于 淳於 聞人 闻人 公良 拓拔
    """.split()
)
"""Compound (two-character and longer) Chinese surnames, simplified and traditional."""

SURNAME_PINYIN: dict[str, str] = {
    "单": "shan4", "單": "shan4", "曾": "zeng1", "解": "xie4", "仇": "qiu2", "区": "ou1", "區": "ou1",
    "查": "zha1", "朴": "piao2", "盖": "ge3", "蓋": "ge3", "乐": "yue4", "樂": "yue4", "覃": "qin2",
    "缪": "miao4", "繆": "miao4", "翟": "zhai2", "褚": "chu3", "种": "chong2", "種": "chong2",
    "华": "hua4", "華": "hua4", "纪": "ji3", "紀": "ji3", "任": "ren2", "燕": "yan1", "瞿": "qu2",
    "员": "yun4", "員": "yun4", "阚": "kan4", "隗": "wei3", "过": "guo1", "過": "guo1", "秘": "bi4",
    "宓": "fu2", "冼": "xian3", "牟": "mou2", "句": "gou1", "沈": "shen3", "贾": "jia3", "賈": "jia3",
    "召": "shao4", "祭": "zhai4", "薄": "bo2", "柏": "bai3", "石": "shi2", "都": "du1", "谌": "chen2",
    "莘": "shen1", "郇": "xun2", "葛": "ge3", "应": "ying1", "應": "ying1", "宿": "su4", "曲": "qu1",
    "长": "chang2", "長": "chang2", "尉": "wei4", "万": "wan4", "萬": "wan4", "那": "na1", "能": "nai4",
    "繁": "po2", "黑": "he4", "重": "chong2", "折": "she2", "行": "xing2", "教": "jiao4", "粘": "nian2",
    "叶": "ye4", "葉": "ye4", "率": "shuai4", "朝": "chao2", "藏": "zang4", "眭": "sui1", "卜": "bu3",
    "尉迟": "yu4 chi2", "尉遲": "yu4 chi2", "万俟": "mo4 qi2", "萬俟": "mo4 qi2", "长孙": "zhang3 sun1",
    "長孫": "zhang3 sun1", "单于": "chan2 yu2", "單于": "chan2 yu2", "令狐": "ling2 hu2",
    "澹台": "tan2 tai2", "乐正": "yue4 zheng4", "钟离": "zhong1 li2", "鍾離": "zhong1 li2",
}  # fmt: skip
"""Readings of surnames whose everyday (word) reading differs, in numbered-tone pinyin."""

COMMON_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "張劉陳楊黃趙吳週孫馬郭羅鄭梁謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔嚴湯鄧喬龐顏聶魯嶽詹歐關蘭"
    "寧畢單塗駱藍靳鮑華滕饒艾簡車項連蘆婁竇衛閔鄔邊師欒隋鄺區閻"
)
"""Common single-character Chinese surnames (simplified and traditional)."""

TRANSLIT_CHARS: frozenset[str] = frozenset(
    "斯克尔德夫基曼娃娜特伊维罗洛米亚诺奇茨兹布普塔纳丽莎姆森顿逊勒里拉卡索托菲弗哈詹乔杰艾埃奥阿伯格赫霍库莱"
    "蒙彼皮约翰汉默瑟泽戈科沃芙蕾妮丝琳黛娅莉兰济涅耶谢舍夫尼廷亨利布鲁贝迪奈恩乌尤瓦韦欧普肯坦姆珀蒂萨"
    "麦金戴尔茹热津格纽赛雅"
)
"""Characters typical of Chinese transliterations of foreign names (斯皮克曼, 布热津斯基)."""

JAPANESE_SURNAMES: frozenset[str] = frozenset(
    """
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤
    斉藤 齋藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤
    青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田
    上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野
    杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 櫻井 木下 野口 松尾 菊地 菊池 野村 新井 渡部 佐野
    大西 杉本 今村 浜田 市川 菅野 荒木 小島 飯田 夏目 芥川 川端 三島 大江 村井 福沢 福澤 宮沢 宮澤 黒澤 黒沢
    北野 安倍 岸田 小泉 鳩山 野田 菅 麻生 中曽根 吉本 徳川 織田 豊臣 豊田 本田 松下 盛田 稲盛 西田 和辻 柳田
    折口 梅原 江藤 溝口 竹田 浅田 浅野 宮崎 東 西 南 北 岩田 岩井 星野 平田 堀 堀江 大谷 大久保 小田 川口
    川上 川村 松浦 松村 土屋 服部 宇野 白石 井口 尾崎 坂口 坂井 坂田 吉川 吉村 吉岡 安田 秋山 長尾 永井 内藤
    北村 西川 青山 平井 桑原 細川 古川 古田 辻 関 関口 高野 望月 片山 荻野 大橋 大森 大石 岡崎 久米 伊東 伊達
    有馬 武者小路 谷崎 志賀 太宰 与謝野 正岡 坪内 二葉亭 樋口 石原 猪木 長嶋
    """.split()
)
"""Common Japanese family names, for splitting an unspaced kanji name (坂本龍一)."""

PINYIN_SURNAMES: frozenset[str] = frozenset(
    """
    ai aixinjueluo an ao ba bai baili ban bao bi bian bin bo cai cao cen chai chang chanyu chao che chen cheng
    chi chigan chu chunyu cong cui dai dan dang deng di diao ding diwu dong dongfang dongguo dongmen dou du duan
    duangan duanmu dugu fan fang fei feng fu gan gao ge geng gong gongliang gongsun gongxi gongyang gongye gou
    gu guan gui guliang guo ha hai han hang hao he helian heng hou hu hua huang huangfu hui huo huyan ji jia
    jian jiang jiao jie jin jing ju kan kang ke kong kou kuang lai lan lang lao lei leng li lian liang liangqiu
    liao lin ling linghu liu long lou lu luan luo lv lvqiu ma mai man mao mei men meng mi miao min ming mo moqi
    mou mu murong na nan nangong ni nie ning niu nong ou ouyang pan pang pei peng pi piao ping pu puyang qi qian
    qiang qiao qidiao qin qing qiu qu quan que ran rangsi rao ren rong ru ruan rui sang sha shan shang shangguan
    shao she shen sheng shentu shi shu shuai si sikong sikou sima situ song su sui sun suo tai taishu tan tang
    tantai tao teng tian tong tu tuoba wan wang wanyan wei weisheng wen weng wenren wu wuma xi xia xiahou xian
    xiang xianyu xiao xie ximen xin xing xiong xiu xu xuan xuanyuan xue yan yang yangshe yao ye yi yin ying yong
    you yu yuan yuchi yue yuezheng yun yuwen zan zang zeng zha zhai zhan zhang zhangsun zhao zhen zheng zhi
    zhong zhongli zhongsun zhou zhu zhuang zhuansun zhuge zhuo ziche zong zongzheng zou zu zuo zuoqiu
    """.split()
)
"""Pinyin of common Chinese surnames (ü as v), to read "Zhang Ning" family-first in Chinese records."""

TRANSLIT_READINGS: dict[str, str] = {
    "缪": "miu", "查": "cha", "什": "shi", "柏": "bo", "卡": "ka", "塔": "ta", "乐": "le", "朴": "pu",
    "藏": "zang", "长": "chang", "重": "chong", "区": "qu", "盖": "gai", "单": "dan", "曾": "ceng",
    "解": "jie", "仇": "chou", "华": "hua", "尉": "wei", "俟": "si", "那": "na", "茜": "xi", "伽": "jia",
}  # fmt: skip
"""Readings of characters in transliterated foreign names (塞缪尔 Saimiuer, 查尔斯 Chaersi)."""

JAPANESE_GIVEN_READINGS: dict[str, str] = {
    "明": "akira", "晃": "akira", "章": "akira", "彰": "akira", "博": "hiroshi", "浩": "hiroshi", "宏": "hiroshi",
    "弘": "hiroshi", "寛": "hiroshi", "誠": "makoto", "勇": "isamu", "清": "kiyoshi", "実": "minoru",
    "稔": "minoru", "進": "susumu", "豊": "yutaka", "隆": "takashi", "崇": "takashi", "孝": "takashi",
    "武": "takeshi", "猛": "takeshi", "学": "manabu", "修": "osamu", "聡": "satoshi", "哲": "satoshi",
    "薫": "kaoru", "馨": "kaoru", "忍": "shinobu", "望": "nozomi", "愛": "ai", "恵": "megumi", "翼": "tsubasa",
    "健": "ken", "守": "mamoru", "衛": "mamoru", "昇": "noboru", "登": "noboru", "亮": "ryo", "剛": "tsuyoshi",
    "毅": "tsuyoshi", "優": "yu", "渉": "wataru", "亘": "wataru", "淳": "jun", "潤": "jun", "順": "jun",
    "仁": "hitoshi", "均": "hitoshi", "勲": "isao", "功": "isao", "巌": "iwao", "悟": "satoru", "覚": "satoru",
    "忠": "tadashi", "正": "tadashi", "久": "hisashi", "恒": "hisashi", "尚": "hisashi", "輝": "hikaru",
    "光": "hikaru", "栄": "sakae", "譲": "yuzuru", "繁": "shigeru", "茂": "shigeru", "司": "tsukasa",
    "務": "tsutomu", "勉": "tsutomu", "力": "chikara", "萌": "moe", "舞": "mai", "彩": "aya", "綾": "aya",
    "瞳": "hitomi", "遥": "haruka", "葵": "aoi", "楓": "kaede", "茜": "akane", "静": "shizuka", "環": "tamaki",
    "操": "misao", "靖": "yasushi", "康": "yasushi", "泰": "yasushi", "昭": "akira", "徹": "toru", "透": "toru",
    "亨": "toru", "肇": "hajime", "元": "hajime", "一": "hajime", "治": "osamu", "理": "osamu", "敦": "atsushi",
    "篤": "atsushi", "厚": "atsushi", "寿": "hisashi", "駿": "shun", "純": "jun", "蓮": "ren",
    "陽": "hinata", "秀": "shu", "恭": "kyo", "晋": "shin",
}  # fmt: skip
"""Customary readings of one-kanji Japanese given names (明 Akira), which a dictionary reads on'yomi (mei)."""
