"""Read who leads and who supports a measure from its （X牵头，Y配合） note or from the subject of its sentence
("省工业和信息化厅会同省发展改革委…"); normalise agency names. A table of tasks' 牵头单位 and 配合单位 columns are
table_agencies.py's."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ingest.bodies_zh import CUSTOMS, UNIVERSITY_OFFICE, society, table_bodies, university_document
from ingest.errors import TaxonomyError
from ingest.simplified import to_simplified
from ingest.text import HAN_CHAR, collapse
from ingest.types import CELL, Agencies, Clause

ALIASES_PATH = Path(__file__).resolve().parent.parent / "corpus" / "agencies.yaml"

_LEVEL = re.compile(r"^(?:国家|中央|全国|省委|市委|区委|县委|省|市|区|县|镇|街道|自治区|自治州)")
# a level alone (or with 级): in many agencies' names, the name of none
LEVEL_ONLY = re.compile(r"(?:国家|中央|全国|省|市|区|县|镇|街道|各区|各市|各县)级?")
_TRIM = " \t\n,，、;；:：.。()（）[]【】《》\"'“”‘’"
_LEAD = re.compile(r"牵头|负责|主办|主管|责任单位|主责")
_SUPPORT = re.compile(r"配合|参与|协助|协办|支持|参加|配合单位")
# a note's label: 责任单位：, 负责部门：, 配合单位：, and Taiwan's 主办机关：, 主管机关：, 协办机关： (主办单位：,
# 协办单位： too); the name that follows is the first agency's, not the label's
_LABEL = re.compile(r"^(?:牵头|责任|主责|负责|配合|参与|协办|主办|主管)(?:单位|部门|机关)[:：]?")
_ROLE_WORDS = re.compile(r"(?:按职责分工|按职责|分别|共同|等部门|等单位|牵头负责|牵头|负责|"
                         r"配合|参与|协助|协办|主办|落实)+$")
# no agency's name: a group the text addresses or speaks of, named by no field ("各中央企业", a notice's
# addressees, the lead of its table's rows; 各有关单位, 各省级有关部门); each district's government, 各区人民政府,
# is one per district
_NOT_A_NAME = re.compile(r"各有关单位|有关单位|相关单位|各相关部门"
                         r"|各(?:有关|相关)?(?:中央|地方|省级|市级|县级)?(?:有关|相关)?"
                         r"(?:企业|国有企业|单位|部门|高校|高等学校|学校|医院)")
# the rule that the first unit listed leads, in a note or once for a document: 列第一位者为牵头单位,
# 排在第一位的为牵头单位, 第一个为牵头单位, 排名第一的为牵头单位, 列首位的为牵头单位; and "其他为配合单位" after it
FIRST_LEADS = re.compile(r"[，,]?(?:(?:列|排)(?:在|名|序)?)?(?:第一(?:位|个|家|名)?|首位)(?:者|的)?(?:单位|部门)?"
                         r"(?:为|是)牵头(?:单位|部门)?(?:[，,、；;]?(?:其他|其余|其它)(?:单位|部门)?为配合(?:单位|部门)?)?")
_SPLIT = re.compile(r"[、，,/／;；]|及(?=[省市区县国])|以及|与(?=[省市区县国])")
# 和 joins two names only after a whole name: 省科技厅和省财政厅, never 人力资源和社会保障厅
_AND = re.compile(r"(?<=[厅局委办部院会心府司行署处所站队团室社联馆校庭门])和")


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """corpus/agencies.yaml's abbreviations and other forms of a name's body, each to the form kept."""
    try:
        data = yaml.safe_load(ALIASES_PATH.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"{ALIASES_PATH}: cannot read agency aliases: {exc}") from None
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                for k, v in aliases.items()):
        raise TaxonomyError(f"{ALIASES_PATH}: 'aliases' must map names to names")
    return aliases


def normalize_agency(name: str) -> str:
    """One agency name in its canonical form: in simplified characters, trimmed, trailing 等 dropped,
    abbreviation expanded.

    The level prefix stays: 省工信厅 -> 省工业和信息化厅, 省发改委 -> 省发展改革委; and so does a place
    before it, one city's agency being no other's: 广州市发展和改革委员会 -> 广州市发展改革委.
    """
    name = to_simplified(collapse(name))  # 創新科技署 is 创新科技署, in the filter as in every note
    name = (name.replace(" ", "") if HAN_CHAR.search(name) else name).strip(_TRIM)  # 市 人社局, not "Department of"
    name = re.sub(r"等$", "", name).strip(_TRIM)
    place = _PLACE.match(name)
    if place:
        body = name[place.end():]
        return place.group() + aliases().get(body, body)
    m = _LEVEL.match(name)
    prefix, body = (m.group(), name[m.end():]) if m else ("", name)
    full = aliases().get(body, body)
    return full if prefix == "国家" and full.startswith(prefix) else prefix + full  # 国家金融监管总局: alias holds 国家


# A place and its level, as a full official name starts with it: 广州市, 广东省, 广州市天河区, 浦东新区.
# 国家, 各区, 本市 and a name that starts with its level (市城市管理局) name none, nor does 市场; nor do words that
# join a name to a sentence, in no place's name: "在全市…推进会上的讲话" (全市 is every part of the city, not one),
# "明确由市工业和信息化局牵头", "要求市…"
_PLACE_WORD = (r"(?![省市区县]|国家|中央|全国|各|本|我|全)(?:(?![在由请要的对为是把被全各我])[\u4e00-\u9fff]){2,4}?"
               r"(?:自治区|自治州|省|市(?!场)|区|县)")
_PLACE = re.compile(rf"^(?:{_PLACE_WORD})+(?=[\u4e00-\u9fff]{{2,}})")
_PLACE_WORDS = re.compile(_PLACE_WORD)
# where a title names its issuer or the place it governs: at its start, after a year, 在 (a speech's "在…会议上的讲话")
# or 关于（印发）
_TITLE_PLACE = re.compile(rf"^(?:\d{{4}}年)?在?(?:关于)?(?:印发)?((?:{_PLACE_WORD})+)(?=[\u4e00-\u9fff\d])")
# a short form that names its level and no place: 市发展改革委, 省科技厅, 区教育局, 市委宣传部, 省市场监管局 (its
# 市 the start of 市场), not 市场监管局 (no level) nor 省市… (two levels)
_BARE = re.compile(r"^(?!市场)[省市区县](?![省区县级]|市(?!场))")


def places_of(text: str, title: bool = False) -> dict[str, str]:
    """The places an issuer's name (or, with title, a title) starts with, by level: 广州市天河区教育局 ->
    {市: 广州市, 区: 广州市天河区}. A city's place leaves out its province, as the city's own names do."""
    text = re.sub(r"[（(][^（）()]*[）)]", "", collapse(text or "")).strip()  # "（广州市人民政府门户发布）"
    text = re.sub(r"^中共", "", text)  # 中共深圳市委办公厅: the party's committee of 深圳市
    m = _TITLE_PLACE.match(text) if title else _PLACE.match(text)
    if not m:
        return {}
    places: dict[str, str] = {}
    chain = ""
    for word in _PLACE_WORDS.findall(m.group(1) if title else m.group()):
        level = "省" if word.endswith(("省", "自治区")) else "市" if word.endswith(("市", "自治州")) else word[-1]
        chain = word if level == "省" else chain + word
        places[level] = chain
    return places


def document_places(issuer: str, title: str) -> dict[str, str]:
    """The places a document's bare short forms (市发展改革委) belong to: its issuer's, else its title's
    (深圳市人民政府办公厅关于… -> 深圳市); none when neither names one."""
    return places_of(issuer) or places_of(title, title=True)


def place_agencies(agencies: Agencies, places: dict[str, str]) -> Agencies:
    """agencies with each bare short form named with its place: 市发展改革委 -> 深圳市发展改革委.

    The place comes from the note itself when a full name in it gives one for that level (广州市发展改革委、
    市财政局), else from places (the document's). 各区人民政府, 国家发展改革委 and a level no place is known
    for stay as they are.
    """
    own: dict[str, str] = dict(places)
    for name in [*agencies.lead, *agencies.supporting]:
        if not name.endswith("公司"):  # 国网四川省电力公司 names a firm's region, no level of government
            own.update(places_of(name))

    def placed(name: str) -> str:
        m = _BARE.match(name)
        place = own.get(m.group()) if m and not LEVEL_ONLY.fullmatch(name) else None
        return place + name[1:] if place else name

    lead = list(dict.fromkeys(placed(n) for n in agencies.lead))
    supporting = list(dict.fromkeys(n for n in map(placed, agencies.supporting) if n not in lead))
    return Agencies(lead, supporting, agencies.note, agencies.row)


def unplaced(name: str) -> str:
    """The bare short form of a name with a place (广州市发展改革委 -> 市发展改革委); "" for one without."""
    place = _PLACE.match(name)
    if not place:
        return ""
    level = re.search(r"(?:自治区|自治州|省|市|区|县)$", place.group())
    return level.group() + name[place.end():] if level else ""


def agency_filter(value: str) -> str:
    """What the agency filter looks for in the names measures give: the normalised name, its place kept
    (广州市卫生健康委员会 -> 广州市卫生健康委, which no Shenzhen measure names; 市卫生健康委, naming no
    city, is in every city's name). The store also lets a full name find the bare short form of a measure
    whose document's place could not be told (index/store.py)."""
    name = to_simplified(collapse(value).strip())
    if not HAN_CHAR.search(name):  # an English name as the measures give it: "the Commission" -> "Commission"
        return re.sub(r"^the\s+", "", name, flags=re.I)
    return normalize_agency(name) or name


def split_agencies(text: str) -> list[str]:
    """Split a run of agency names on 、，, / 及 与 and on 和 only between two whole names."""
    names: list[str] = []
    for part in _SPLIT.split(text):
        for piece in _AND.split(part):
            piece = _ROLE_WORDS.sub("", _LABEL.sub("", piece.strip(_TRIM))).strip(_TRIM)
            piece = normalize_agency(piece)
            if piece and piece not in names and not _NOT_A_NAME.fullmatch(piece):
                names.append(piece)
    return names


def parse_agency_note(note: str) -> Agencies:
    """Lead and supporting agencies from a note such as （省发展改革委、省工信厅牵头，省科技厅配合）.

    A part with 牵头/负责/责任单位 names the lead; 配合/参与/协助 the supporting agencies. A note
    that names agencies with no role word at all is read as the lead. A note that says the first unit it
    lists leads (列第一位者为牵头单位) gives that one the lead and the others the support.
    """
    written = note
    body = to_simplified(collapse(note)).strip().strip("（）()")  # （負責部門：…） as （负责部门：…）
    # "…，列第一位者为牵头单位": the units listed lead and support by their order, the rule naming none
    first_leads = bool(FIRST_LEADS.search(body))
    body = FIRST_LEADS.sub("", body)
    lead: list[str] = []
    supporting: list[str] = []
    for part in re.split(r"[；;。]|[，,](?=[^，,]*(?:牵头|负责|配合|参与|协助|协办|(?:单位|机关)[:：]))", body):
        part = part.strip(_TRIM)
        if not part:
            continue
        label = _LABEL.match(part)
        if label:
            # (a 责任单位 beside a 牵头单位 shares the work the other leads: "牵头单位：省住房城乡建设厅；
            # 责任单位：省市场监管局，各地级以上市人民政府")
            shares = "责任单位" in label.group() and "牵头" in body
            target = supporting if _SUPPORT.search(label.group()) or shares else lead
        elif _SUPPORT.search(part) and not re.search(r"牵头", part):
            target = supporting
        elif _LEAD.search(part) or not (lead or supporting):
            target = lead if not lead or re.search(r"牵头|责任单位", part) else supporting
        else:
            target = supporting
        for name in split_agencies(part):
            if name not in lead and name not in supporting:
                target.append(name)
    if first_leads and not supporting and "牵头" not in body:
        lead, supporting = lead[:1], lead[1:]
    return Agencies(lead=lead, supporting=supporting, note=written)


# An agency named as the subject of 会同 or 联合 (X会同Y: X leads, Y supports; X牵头，会同Y too), 负责 or 牵头
# (after 应当, 要 or 将 too, not after 可: what it may do) at the start of a sentence or
# of a clause within one: "省工业和信息化厅会同省发展改革委加强…", "市科技创新委负责…，市财政局负责…" (not its
# 负责人, 负责同志: an official), or that is its 主管部门 ("市工业和信息化部门是…主管部门"). Its name has a level or a
# place, ends as an agency's does (a statute's …部门 too: "市政务服务数据管理部门应当会同市发展改革部门…", the
# department of that field, whatever its bureau is called) and holds no word that joins it to the rest of a
# sentence (的, 由, 对, 其…) nor 有关/相关 (区有关部门: none named); 市场…, 区域…, 市民… and 市级… are no level, while
# 各区…, 各市（州）… name each one of a level ("各市（州）经济和信息化部门牵头…", as a note's 各区人民政府 does). The
# subject of 配合, 协助, 参与 or 协办 ("…，市通信管理局配合开展…") supports, where a lead is named beside it.
# A ministry of the State Council, whose name holds no level (工业和信息化部, 教育部, 中国人民银行): a closed list,
# since a bare …部 is as often no agency (干部, 内部, 东部); the central bank and the financial regulators by their
# short names too ("人民银行会同…", "会同金融监管总局、中国证监会")
_CENTRAL = (r"(?:(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|公安|民政|司法|财政|人力资源和?社会保障|人社|"
            r"自然资源|生态环境|住房和?城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理)部"
            r"|(?:中国)?人民银行|审计署|海关总署|中央网信办|(?:国家)?金融监管总局|国家金融监督管理总局"
            r"|(?:中国)?证监会|中国证券监督管理委员会)")
# a central state-owned enterprise named in full, as a 国资委 notice assigns it work: "由中国电信集团有限公司牵头",
# "国家电网有限公司牵头电力大模型" (only a 中国…/国家… name: a firm with no such name is no agency of a measure)
_SOE = r"(?:中国|国家)(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其])[\u4e00-\u9fff]){1,14}?有限(?:责任)?公司"
# a central body's internal bureau (司, 局, 厅), named bare in its own documents: "由科技创新局牵头，规划发展局、
# 考核分配局…参加" in a 国资委 notice; it is named with the issuer's short name (国资委科技创新局), and is none in a
# document that no central body issued
# (not a level's name, nor a name after 经, "经省科技厅会同…", whose subject is read after it)
_BUREAU = (r"(?![省市区县镇]|经(?!济)|国家|中央)"
           r"(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其各本我])[\u4e00-\u9fff]){2,10}?(?:局|(?<!公)司|厅)")
# (each customs office under the GACC, 各直属海关, a named kind of body as 各区人民政府 is, no addressee group; and
# one named, 上海海关; a society or an institute named in full, 中国信息通信研究院: bodies_zh)
_NAMED = (rf"(?:(?:(?:{_PLACE_WORD})+|国家|各?[省市区县](?![场级域民内外属直])(?:（[州盟]）)?)"
          r"(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其])[\u4e00-\u9fff]){1,14}?"
          rf"(?:委员会|人民政府|政府|办公厅|办公室|督查室|研究室|厅|局|委|办|部门|部|院|署|中心)|[省市区县](?:人民)?政府"
          rf"|{_CENTRAL}|{_SOE}|各(?:直属|隶属)海关|{CUSTOMS}|{society(_PLACE_WORD)}"
          r"|(?:我|本)[局委厅办](?![\u4e00-\u9fff]{0,2}(?:人员|干部|同志|领导)))")
_SUBJECT = rf"(?:{_NAMED}|{_BUREAU}(?=[、和及与]|等?(?:牵头|负责|会同|参加|参与|配合)))"
# a bare bureau that closes a list of partners, before the comma that ends it: "会同综合业务司、商品检验司、
# 企业管理和稽查司，负责…"
_PARTNER = rf"(?:{_NAMED}|{_BUREAU}(?=[、和及与，,]|等?(?:牵头|负责|会同|参加|参与|配合)))"
# the issuer naming itself in a reply or a report: "我局将会同市发展改革委…" (its name is the document's issuer)
_SELF = re.compile(r"(?:我|本)[局委厅办]")
# levels that share one name: "市、区人民政府" is 市人民政府 and 区人民政府
_SHARED_LEVELS = re.compile(r"^((?:[省市区县镇]、)+)([省市区县镇])")


def _listed(name: str) -> str:
    """A list of names matching name, levels that share one name first ("市、区人民政府")."""
    return rf"(?:(?:[省市区县镇]、)+(?=[省市区县镇]))?{name}(?:[、和及与]{name})*"


_SUBJECTS = _listed(_SUBJECT)
_PARTNERS = _listed(_PARTNER)
# a state-owned firm a measure names as helping, with its place in its name: "国网四川省电力公司配合做好…", the grid's
# city company, "国网青岛供电公司要配合…" (only as a helper: a firm that 负责 its own business is no agency of the
# measure)
_FIRM = (rf"(?:(?:{_PLACE_WORD})+|国网|国家电网)(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其])[\u4e00-\u9fff])"
         r"{1,10}?公司(?=(?:要|将)?(?:配合|协助))")
# (not after a colon: "责任单位：市工业和信息化局负责…" is a label's line, whose note reader gives none; but an
# answer's label is no such line: "答：市经济信息化委牵头负责…" opens the answer's first sentence; and 会同 makes a
# subject of a name after 、 or 经 too: "经第三方机构评审、省经济和信息化厅会同省财政厅审核确定…")
_STARTS = (r"(?:^|(?<=[。；！？;!?，,\n])|(?P<mid>(?<=[、经])))\s*(?:(?:答|回答|解答|答复)\s*[:：]\s*)?"
           r"(?:第[一二三四五六七八九十百零〇\d]+条\s*|[（(][一二三四五六七八九十\d]+[）)]\s*|[一二三四五六七八九十]+、\s*|\d+[.、．]\s*)?")
# the verb a recommendation or request puts before the agency it names, no part of its name: "建议省发展改革委牵头，
# 会同…", "请市科技局负责…", "由市财政局牵头…" (建议 would otherwise read as a place, as 建议省 ends as 广东省 does)
# (after an adverb that is no part of the name either: "其中，明确由市工业和信息化局牵头…", "并请…", "统一由…"; or
# after the text naming itself, "本办法由区人才服务局牵头实施，…": who leads the text's whole work)
_ASKS = (r"(?:(?:本|该|此)(?:办法|措施|方案|规定|细则|意见|通知|政策|计划|项工作)(?=由(?![^。；;]*负责解释)))?"
         r"(?:明确|并|另|均|统一|分别|主要|同时|仍|原则上)?(?:(?P<asks>建议)(?:由)?|(?:请|要求)(?:由)?|(?P<by>由))")
# the duty 由X names X's with no 负责 or 牵头: "由省财政厅按规定拨付资金", "由省人力资源社会保障厅追回已拨付资金" (a
# closed list of a body's acts, so that 由 meaning "from" or "by reason of" gives none)
_BY_DUTY = (r"(?:(?:按(?:照)?(?:有关)?规定|依法|依规|按程序)(?:予以)?)?"
            r"(?=拨付|追回|收回|发放|兑付|兑现|审核|审批|认定|核定|复核|受理|组织实施)")
# the bodies 会同同级… names, of the same level as the subject and named with no level: "各市（州）人力资源社会保障部门
# 会同同级党委人才办、大数据局进行初审" (the list closed by a verb, so that a name is not cut short: 党委|人才办)
_PEER = (r"(?:(?!有关|相关|[的由对在将把为向按要应并或等是了其])[\u4e00-\u9fff]){1,12}?"
         r"(?:委员会|人民政府|政府|办公室|厅|局|委|办|部门|院|中心)")
_PEERS = (rf"{_PEER}(?:[、和及与]{_PEER})*(?=进行|开展|做好|组织|研究|制定|审核|审查|复核|核查|认定|评审|确定|"
          r"加强|推进|实施|落实|建立|完善|共同|联合|统筹|指导|督促|及时|对)")
# what a recommendation asks the agencies right after 建议 to do, with no 牵头 or 负责: "建议省人力资源社会保障厅、
# 省教育厅加大…培养力度" (each leads its part); a closed list of verbs, so that a name cut short (建议省委|办公厅…)
# or a noun after it (建议省教育厅的意见) gives none
_ASKED_TO = (r"加大|加强|加快|推动|推进|出台|制定|研究|完善|建立|健全|组织|统筹|开展|落实|做好|强化|优化|深化|"
             r"编制|设立|实施|督促|指导|协调|对照|抓紧|尽快|进一步|切实|积极|及时")
# the short name a statute gives the agency right after it: "市委人才工作领导小组办公室（以下简称“市委人才办”）负责…"
_SHORT_NAME = r"(?:[（(]以下简称[“\"”]?[\u4e00-\u9fff]{2,12}[”\"“]?[）)])"
# "X按职责做好…工作" (X does its part: it leads it), but "…等部门按职责做好相关工作" helps the measure the others lead
_DUTIES = r"(?:按(?:照)?(?:各自)?职责(?:分工)?)"
_RELATED = r"(?:做好|抓好|落实)?(?:相关|有关)工作"


@functools.lru_cache(maxsize=64)
def _duty_pattern(shorts: tuple[str, ...] = (), shape: str = "") -> re.Pattern[str]:
    """The pattern of a sentence whose subject is a named agency, the short names the document defines for its
    bodies (shorts) read as names too, and so are the names of a shape its issuer's bodies have (a university's
    offices)."""
    extra = "".join(f"{re.escape(short)}|" for short in shorts) + (f"{shape}|" if shape else "")
    subjects = _listed(rf"(?:{extra}{_SUBJECT})") if extra else _SUBJECTS
    partners = _listed(rf"(?:{extra}{_PARTNER})") if extra else _PARTNERS
    return re.compile(rf"{_STARTS}{_ASKS}?(?P<who>{subjects}|{_FIRM}){_SHORT_NAME}?(?P<etc>等(?:部门|单位))?等?"
                      rf"(?:应当|应|要|将)?(?(mid)(?=会同))"
                      rf"(?:(?:会同|联合(?![体会办发印制出]))(?:同级(?P<peers>{_PEERS})|(?P<partners>{partners}))?"
                      rf"|负责(?!人|同志|解释)|牵头(?:[，,]\s*会同(?P<joint>{partners}))?"
                      rf"|(?P<helps>配合|协助|参与|参加|协办|{_DUTIES}{_RELATED})"
                      rf"|{_DUTIES}(?:做好|抓好|负责)"
                      r"|是[^，。；,;]{1,30}?(?:主管|牵头|责任)(?:部门|单位|机关)"
                      rf"|(?(by){_BY_DUTY}|(?!))"
                      r"|应当(?=[\u4e00-\u9fff])|应(?=在|按|依|及时|加强|建立|制定|组织|统筹|推动|推进|做好|完善)"
                      # (a speech's or a notice's 要 that assigns the work: "市生态环境局要加快环评审批", not
                      # its 要求, 要素, 要点…)
                      r"|要(?![求素点害务件闻])(?=[\u4e00-\u9fff])"
                      rf"|(?(asks)(?={_ASKED_TO})|(?!)))")


# a body's definition of its short name, at the start of a sentence or of a clause within one as a subject is:
# "中国通信企业协会算力服务专业委员会（以下简称“专委会”）负责…", after which "专委会会同…" names it
_DEFINES = re.compile(rf"{_STARTS}{_ASKS}?(?P<full>{_SUBJECT})"
                      r"[（(]以下简称[“\"”]?(?P<short>[\u4e00-\u9fff]{2,12})[”\"“]?[）)]")


def defined_short_names(texts: list[str]) -> dict[str, str]:
    """The short names a document defines for its bodies, each to the body's full name (normalised): {专委会:
    中国通信企业协会算力服务专业委员会}. A short name defined for no body, "（以下简称“企业”）", is none."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINES.finditer(text):
            full = normalize_agency(m.group("full"))
            if full and normalize_agency(m.group("short")) != full:
                found.setdefault(m.group("short"), full)
    return found


def _each_level(who: str) -> str:
    """who with the name its levels share written out for each: "市、区人民政府" -> "市人民政府、区人民政府"."""
    if not (m := _SHARED_LEVELS.match(who)):
        return who
    name = re.split(r"[、和及与]", who[m.end(2):], maxsplit=1)[0]
    levels = m.group(1).split("、")[:-1] + [m.group(2)]
    return "、".join(level + name for level in levels) + who[m.end(2) + len(name):]


# a body of the central government that may issue a document naming its own bureaus bare: 国务院国资委, 工业和信息化部,
# 国家数据局 (no place, no local level)
_CENTRAL_ISSUER = re.compile(r"(?:国务院|国家|中央|中国)?[\u4e00-\u9fff]{1,16}?(?:部|委员会|委|署|总局|局)")


def central_short(issuer: str) -> str:
    """The short name a central body's bureaus are named with (国务院国资委 -> 国资委, 国家发展和改革委员会 ->
    国家发展改革委, 工业和信息化部 as written); "" for an issuer that is no single central body (广东省人民政府)."""
    name = to_simplified(collapse(issuer or "")).strip()
    if (not _CENTRAL_ISSUER.fullmatch(name) or places_of(name) or _BARE.match(name) or name.startswith("中共")
            or re.search(r"[、;；,，]", name)):
        return ""
    return normalize_agency(re.sub(r"^国务院(?=[\u4e00-\u9fff]{3})", "", name))


def _bureau_named(name: str, short: str) -> str:
    """name, or, a central body's bureau named bare (科技创新局), the same with its body's short name
    (国资委科技创新局);
    "" for a bare bureau in a document no central body issued (whose bureau it is, the text does not say)."""
    if (not re.fullmatch(_BUREAU, name) or _LEVEL.match(name) or places_of(name)
            or re.match(rf"{_CENTRAL}|国务院|国资委", name)):  # (国资委规划发展局 in a ministry's text: named already)
        return name
    return name if short and name.startswith(short) else short + name if short else ""


_LEVEL_OF = re.compile(rf"^(?:{_PLACE_WORD})*各?[省市区县](?![场级域民内外属直])(?:（[州盟]）)?")


def _peers(peers: str | None, leads: list[str]) -> list[str]:
    """The bodies 会同同级… names, each with the level (and place) of the subject it is named beside
    (各市（州）… -> 各市（州）党委人才办); none where the subject names no level (海关总署)."""
    level = _LEVEL_OF.match(leads[0]) if peers and len(leads) == 1 else None
    return [level.group() + n for n in split_agencies(peers)] if level and peers else []


def subject_agencies(text: str, issuer: str = "", short_names: dict[str, str] | None = None,
                     shape: str = "") -> Agencies:
    """Lead and supporting agencies of the sentences whose subject is a named agency: "X会同Y…" (X leads, Y
    supports), "X负责…" or "X牵头…" (X leads), each subject of several leading its part; "X配合…" (X supports,
    when another leads; "X按职责做好相关工作" too, but X leads where none other does, unless it is a list of
    helpers, "…等部门"). A table's row and a subject that names no level or place (有关部门负责…) give none; the
    issuer naming itself, "我局将会同…", is issuer (one body), else none. short_names are the document's own names of
    its bodies (each to its full name), shape the pattern of a name its issuer's bodies have (UNIVERSITY_OFFICE)."""
    if CELL in text:
        return Agencies()
    lead: list[str] = []
    partners: list[str] = []
    dutiful: list[str] = []  # those that do their part "按职责": the measure's own where no other leads it
    said: list[str] = []
    self_name = issuer if issuer and "、" not in issuer and ";" not in issuer else ""
    short = central_short(issuer)
    full = short_names or {}
    for m in _duty_pattern(tuple(sorted(full, key=len, reverse=True)), shape).finditer(text):
        names = [self_name if _SELF.fullmatch(n) else full.get(n, n)
                 for n in split_agencies(_each_level(m.group("who")))]
        names = [n for n in (_bureau_named(n, short) for n in names) if n]
        if not names:
            continue
        if m.group("helps"):
            partners += names
            dutiful += names if m.group("helps").startswith("按") and not m.group("etc") else []
        else:
            lead += [n for n in names if n not in lead]
            named = [full.get(n, n) for n in split_agencies(m.group("partners") or m.group("joint") or "")]
            named += _peers(m.group("peers"), names)
            partners += [n for n in (_bureau_named(n, short) for n in named) if n]
        start = max(text.rfind(p, 0, m.start("who")) for p in "。；！？\n") + 1
        end = min((e for e in (text.find(p, m.end()) for p in "。；！？\n") if e >= 0), default=len(text) - 1) + 1
        said.append(text[start:end].strip())
    lead = lead or list(dict.fromkeys(dutiful))
    supporting = [n for n in dict.fromkeys(partners) if n not in lead]
    return Agencies(lead, supporting, "".join(dict.fromkeys(said))) if lead else Agencies()


def share_subject_agencies(clauses: list[Clause], places: dict[str, str], issuer: str = "", title: str = "") -> None:
    """Give each clause that no note or row of a table of tasks gave agencies those its sentences name as their
    subjects, each short form with its place (place_agencies); "我局" is the issuer's, and a short name the document
    defines for a body ("（以下简称“专委会”）") that body's full name. The bodies its table of tasks names are bodies
    in its prose too, and in a university's own document (by its issuer or title) so are the university's offices
    ("由教师发展中心负责", "人事处会同人工智能学院…"), as a government's bodies are in its own."""
    short_names = {n: n for n in table_bodies(clauses)} | defined_short_names([c.text for c in clauses])
    shape = UNIVERSITY_OFFICE if university_document(issuer, title) else ""
    for c in clauses:
        if not c.agencies and (found := subject_agencies(c.text, issuer, short_names, shape)):
            c.agencies = place_agencies(found, places)
