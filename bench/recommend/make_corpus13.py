# ruff: noqa: E501  (the templates and role phrases are data; wrapping them would only hurt reading)
"""Write the thirteenth training corpus for the partner recommender: ``roles_corpus13.json``,
``roles_corpus13_gold.json`` and ``roles_corpus13_segments.json``.

    python bench/recommend/make_corpus13.py

Ten value chains from building materials, hardware and industrial consumables (door hinges,
PVC window profiles, acoustic panels, glass mosaic tiles, caulking guns, tile grout, nylon
cable ties, ductile iron manhole covers, safety signs, concrete expansion anchors), 4 Chinese
and 7 US companies each, every one at one stage: raw material or key component supplier (R:
a stainless strip mill, a PVC resin producer, a glass cullet processor…), maker (M),
distributor / importer / wholesaler (D) or end buyer (E: a pre-hung door maker, a cinema
chain, a pool builder, an electrical contractor, a water utility, a warehouse operator…).
Every description is spoken or broadcast text written down, in one of five ways, in Chinese
or English:

* a livestream sales host's script (直播口播稿: "家人们", "右下角小黄车", "扣个1"; "[LIVE
  00:04:12]", "drop a 👋 in the chat", "link in bio");
* a TV business-news package script (【导语】【解说】【同期声】【画面】; ANCHOR / VO / SOT /
  B-ROLL / LOWER THIRD);
* the subtitle track (.srt) of a company video: numbered cues with timecodes, "[MUSIC]",
  Chinese subtitles without full stops;
* a showroom or plant-tour guide's narration (展厅讲解词: "各位领导、各位来宾", "请移步下一展区";
  "Stop 2: Who we are", stage directions, "[laughter]");
* a phone greeting, IVR menu or on-hold message script (企业彩铃 / 语音导航: "合作请按3";
  "press 3 to reach our partnerships team", "[music bed]").

Each description is built from clauses labelled ``offer`` (what the company is, makes, sells,
whom it already serves), ``seek`` (what or whom it wants now) or ``other`` (headers, greetings,
timecodes, stage directions, phone menus, sign-offs, the filler of each genre and negated
wants); the clauses concatenated are the description, and are written to the segments file.
Hard cases, each in several documents: customers already served named in the offer (never
the stage sought); negated wants ("家人们注意，贸易商就别私信了，我们只对接…", "Heads up: we're
not looking for distributors; we need …"); role nouns inside company names that differ from
the company's stage ("进出口" for a factory, "Manufacturing" for an importer, "Water Works" for
a utility, "Supply" for a contractor); wants naming only a generic role and the country ("一家
美国经销商", "a Chinese manufacturer"); a maker's want named by its input material ("长期稳定的
冷轧钢带和304不锈钢带供应", "PA66 resin from the United States"); wanted partners often named
by another common name than the one they use for themselves ("door shop", "门窗厂"); the want
placed first, in the middle or last, with and without a verb of wanting, as a label, a
quotation, a question, a condition, a plan or in the third person (a news voice-over, "老板交
代了…"). A pair (CN, US) is gold when both are in one chain and each one's stage is what the
other seeks.

Standard library only; deterministic (``random.Random(SEED)``).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_tools import (
    OFFER,
    OTHER,
    SEEK,
    Ctx,
    cn_roles,
    needs_party,
    place,
    plural,
    position,
    possible_traps,
    slots,
    us_roles,
)

HERE = Path(__file__).resolve().parent
SEED = 131313
PREFIX = "k13"
N_CN, N_US = 4, 7
STAGES = ("R", "M", "D", "E")
NEIGHBOURS = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SERVES = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}  # whom a stage already sells to
GENRES = (
    "livestream host script",
    "tv news package",
    "video subtitles",
    "showroom tour narration",
    "phone greeting script",
)
MINORITY_SHARE = 0.125  # CN companies writing English, US companies writing Chinese


# --------------------------------------------------------------------------------------------
# The chains: per stage (Chinese nouns, English nouns, Chinese details, English details,
# Chinese name words, English name words, Chinese aliases, English aliases). Aliases are what
# others call a company of the stage; they are used only in wants. English details are noun
# phrases ("with …").
# --------------------------------------------------------------------------------------------
def st(*parts: list[str]) -> dict[str, list[str]]:
    """One stage: nouns (zh, en), details (zh, en), name words (zh, en) and aliases (zh, en)."""
    return dict(zip(("zh", "en", "dzh", "den", "wzh", "wen", "azh", "aen"), parts, strict=True))


# fmt: off
CHAINS: dict[str, dict] = {
    "hinge": {
        "product": ("门合页", "door hinges"),
        "material": ("冷轧钢带和304不锈钢带", "cold-rolled and 304 stainless steel strip"),
        "cert": (["ISO 9001认证", "EN 1935认证"], ["ANSI/BHMA A156.1 certification", "UL 10C fire ratings"]),
        "show": (["中国国际五金展", "广交会"], ["the National Hardware Show", "the Canton Fair"]),
        "R": st(["不锈钢带钢厂", "冷轧钢带厂"], ["stainless strip mill", "cold-rolled strip producer"],
                ["304不锈钢精密带钢月产6000吨", "冷轧钢带年产20万吨，可按宽度分条"],
                ["6,000 tonnes of 304 precision stainless strip a month", "200,000 tonnes of cold-rolled strip a year, slit to width"],
                ["钢带", "金属材料"], ["Strip Steel", "Metals"],
                ["钢带供应商"], ["steel strip supplier"]),
        "M": st(["合页厂", "门用五金厂"], ["hinge manufacturer", "door hardware factory"],
                ["年产门合页4000万片，冲压、抛光、电镀全工序自己做", "球轴承合页和弹簧合页都能做，1000副起订"],
                ["40 million door hinges a year with stamping, polishing and plating in house", "ball-bearing and spring hinges from 1,000 pairs"],
                ["五金", "合页"], ["Hinge", "Hardware Works"],
                ["合页生产厂家"], ["hinge maker"]),
        "D": st(["建筑五金批发商", "门五金经销商"], ["builders' hardware distributor", "door hardware wholesaler"],
                ["给1800家五金店和门窗店配货", "常备合页、门锁、闭门器3000多个规格"],
                ["1,800 hardware and lumber dealers served", "3,000 door-hardware SKUs in stock"],
                ["五金商贸", "建材"], ["Builders Hardware", "Door Supply"],
                ["五金批发商"], ["hardware wholesaler"]),
        "E": st(["木门生产企业", "酒店装修工程公司"], ["pre-hung door maker", "hotel renovation contractor"],
                ["年产套装木门30万樘", "年承接酒店翻新项目40个、客房1.2万间"],
                ["300,000 pre-hung doors a year", "40 hotel renovations and 12,000 guest rooms a year"],
                ["木业", "装饰工程"], ["Door Company", "Renovations"],
                ["门厂"], ["door shop"]),
    },
    "upvcprofile": {
        "product": ("塑钢门窗型材", "uPVC window profiles"),
        "material": ("PVC树脂粉和钙锌稳定剂", "PVC resin and calcium-zinc stabilizer"),
        "cert": (["ISO 9001认证", "中国环境标志认证"], ["AAMA 303 certification", "ISO 9001 registration"]),
        "show": (["中国国际门窗幕墙博览会", "中国建博会（广州）"], ["the International Builders' Show", "GlassBuild America"]),
        "R": st(["PVC树脂生产商", "稳定剂厂"], ["PVC resin producer", "stabilizer compounder"],
                ["SG-5型PVC树脂年产40万吨", "钙锌复合稳定剂月产3000吨"],
                ["400,000 tonnes of SG-5 PVC resin a year", "3,000 tonnes of calcium-zinc stabilizer a month"],
                ["化工", "助剂"], ["Chemical", "Additives"],
                ["PVC原料商"], ["PVC compound supplier"]),
        "M": st(["塑钢型材厂", "PVC型材挤出厂"], ["uPVC profile extruder", "window profile manufacturer"],
                ["挤出线80条，年产型材12万吨", "60、70系列平开和推拉型材，可覆膜、可共挤"],
                ["80 extrusion lines and 120,000 tonnes of profile a year", "60 and 70 mm casement and sliding systems, foiled or co-extruded"],
                ["塑业", "型材"], ["Profiles", "Extrusions"],
                ["型材生产厂家"], ["uPVC extrusion plant"]),
        "D": st(["型材经销商", "门窗系统进口商"], ["profile stockist", "window systems importer"],
                ["辐射周边500家门窗加工厂", "仓库常备型材2000吨"],
                ["500 window fabricators supplied", "2,000 tonnes of profile on the floor"],
                ["建材商贸", "门窗系统"], ["Window Systems", "Building Supply"],
                ["型材代理商"], ["profile distributor"]),
        "E": st(["门窗加工厂", "门窗安装工程公司"], ["window fabricator", "replacement window company"],
                ["年加工塑钢窗15万樘", "年安装门窗8万樘，承接保障房项目"],
                ["150,000 windows fabricated a year", "8,000 homes re-windowed a year"],
                ["门窗", "建筑装饰"], ["Window & Door", "Home Exteriors"],
                ["门窗厂"], ["window shop"]),
    },
    "acousticpanel": {
        "product": ("吸音板", "acoustic panels"),
        "material": ("聚酯纤维棉和岩棉板", "polyester fiber batting and mineral wool board"),
        "cert": (["GB 8624 B1级防火认证", "中国绿色建材认证"], ["ASTM E84 Class A ratings", "GREENGUARD Gold certification"]),
        "show": (["中国建博会（广州）", "上海国际建筑装饰展"], ["NeoCon", "the AIA Conference on Architecture"]),
        "R": st(["聚酯纤维棉厂", "岩棉厂"], ["polyester fiber mill", "mineral wool producer"],
                ["聚酯纤维棉月产1500吨", "岩棉板年产8万吨"],
                ["1,500 tonnes of polyester fiber batting a month", "80,000 tonnes of mineral wool board a year"],
                ["化纤", "保温材料"], ["Fibers", "Insulation"],
                ["纤维棉供应商"], ["batting supplier"]),
        "M": st(["吸音板厂", "声学材料生产商"], ["acoustic panel manufacturer", "sound-absorbing panel factory"],
                ["聚酯纤维吸音板日产2万张，可雕刻、可印花", "木质槽孔吸音板和布艺软包都做，降噪系数0.85以上"],
                ["20,000 PET felt panels a day, CNC-carved or printed", "slotted wood and fabric-wrapped panels rated NRC 0.85 and up"],
                ["声学", "新材料"], ["Acoustics", "Sound Solutions"],
                ["吸音板生产厂家"], ["panel maker"]),
        "D": st(["声学材料经销商", "装饰材料进口商"], ["acoustical products distributor", "interior finishes importer"],
                ["给400家装修公司供货", "库存花色300多个"],
                ["400 interior contractors supplied", "300 colors and patterns in stock"],
                ["声学商贸", "装饰材料"], ["Acoustical Supply", "Interior Finishes"],
                ["声学材料代理商"], ["acoustics dealer"]),
        "E": st(["连锁影院", "办公空间装修公司"], ["cinema chain", "office fit-out contractor"],
                ["旗下影院120家", "年交付办公室装修项目200个"],
                ["120 cinemas", "200 office fit-outs a year"],
                ["影城", "空间设计"], ["Theatres", "Workplace Builders"],
                ["影院集团"], ["theater operator"]),
    },
    "glassmosaic": {
        "product": ("玻璃马赛克", "glass mosaic tiles"),
        "material": ("碎玻璃和玻璃色料", "glass cullet and glass colorants"),
        "cert": (["ISO 9001认证", "CE认证"], ["ANSI A137.2 compliance", "ISO 9001 certification"]),
        "show": (["中国国际陶瓷工业展（佛山）", "广交会"], ["Coverings", "the International Pool | Spa | Patio Expo"]),
        "R": st(["碎玻璃回收加工厂", "玻璃色料厂"], ["glass cullet processor", "glass colorant maker"],
                ["分色碎玻璃月供5000吨", "玻璃色料年产1.2万吨，色号200个"],
                ["5,000 tonnes of color-sorted cullet a month", "12,000 tonnes of glass colorants a year in 200 shades"],
                ["玻璃", "色料"], ["Glass Recycling", "Pigments"],
                ["玻璃料供应商"], ["glass batch supplier"]),
        "M": st(["马赛克厂", "玻璃马赛克生产商"], ["mosaic tile factory", "glass mosaic manufacturer"],
                ["年产玻璃马赛克150万平方米", "熔融、热熔、冰裂三种工艺，300平方米起订"],
                ["1.5 million square metres of glass mosaic a year", "molten, fused and crackle glass, from 300 m² an order"],
                ["马赛克", "陶瓷"], ["Mosaic", "Glass Tile"],
                ["马赛克工厂"], ["mosaic maker"]),
        "D": st(["瓷砖进口商", "泳池材料批发商"], ["tile importer", "pool supply wholesaler"],
                ["在全国开有展厅14个", "给700家泳池施工队供货"],
                ["14 tile showrooms", "700 pool builders supplied"],
                ["陶瓷商贸", "泳池设备"], ["Tile Imports", "Pool Supply"],
                ["瓷砖经销商"], ["tile distributor"]),
        "E": st(["泳池建造公司", "度假酒店集团"], ["pool builder", "resort group"],
                ["年建泳池600个", "旗下度假酒店30家"],
                ["600 pools built a year", "30 spa resorts"],
                ["泳池工程", "酒店"], ["Pools", "Resorts"],
                ["泳池工程公司"], ["pool contractor"]),
    },
    "caulkgun": {
        "product": ("打胶枪", "caulking guns"),
        "material": ("精密焊管和锌合金压铸件", "welded steel tube and zinc die-castings"),
        "cert": (["ISO 9001认证", "BSCI验厂报告"], ["ISO 9001 certification", "BSCI audit reports"]),
        "show": (["中国国际五金展", "广交会"], ["the National Hardware Show", "the Canton Fair"]),
        "R": st(["焊管厂", "压铸厂"], ["steel tube mill", "die-caster"],
                ["精密焊管月产3000吨", "锌合金压铸件月产200万件"],
                ["3,000 tonnes of precision welded tube a month", "2 million zinc die-castings a month"],
                ["钢管", "压铸"], ["Tube", "Die Casting"],
                ["压铸件供应商"], ["die-casting supplier"]),
        "M": st(["胶枪厂", "打胶工具生产厂"], ["caulking gun manufacturer", "dispensing tool factory"],
                ["年产胶枪800万把，推力比最高18:1", "骨架枪、半圆枪、电动胶枪都能做"],
                ["8 million caulking guns a year, up to an 18:1 thrust ratio", "skeleton, half-barrel and cordless guns"],
                ["工具", "五金工具"], ["Tools", "Tool Works"],
                ["胶枪生产厂家"], ["caulk gun maker"]),
        "D": st(["五金工具批发商", "工具进口商"], ["tool wholesaler", "hand tool importer"],
                ["给2500家五金店配货", "常备工具6000个单品"],
                ["2,500 hardware stores served", "6,000 tool SKUs in stock"],
                ["工具商贸", "五金交电"], ["Tool Supply", "Hardware Distributors"],
                ["工具经销商"], ["hardware distributor"]),
        "E": st(["建材超市连锁", "防水施工公司"], ["home improvement chain", "waterproofing contractor"],
                ["门店160家", "年施工防水工程2000个"],
                ["160 home centers", "crews on 2,000 waterproofing jobs a year"],
                ["建材家居", "防水工程"], ["Home Centers", "Waterproofing"],
                ["建材连锁"], ["home center chain"]),
    },
    "grout": {
        "product": ("瓷砖填缝剂", "tile grout"),
        "material": ("白水泥和可再分散乳胶粉", "white cement and redispersible polymer powder"),
        "cert": (["JC/T 1004标准检测报告", "中国绿色建材认证"], ["ANSI A118.7 compliance", "GREENGUARD certification"]),
        "show": (["中国建博会（广州）", "中国国际陶瓷工业展（佛山）"], ["Coverings", "the International Builders' Show"]),
        "R": st(["白水泥厂", "乳胶粉生产商"], ["white cement producer", "polymer powder maker"],
                ["白水泥年产60万吨，白度87以上", "可再分散乳胶粉年产3万吨"],
                ["600,000 tonnes of white cement a year", "30,000 tonnes of redispersible powder a year"],
                ["水泥", "化工"], ["White Cement", "Polymers"],
                ["乳胶粉供应商"], ["additive supplier"]),
        "M": st(["填缝剂厂", "瓷砖辅料生产商"], ["grout manufacturer", "tile-setting materials maker"],
                ["水泥基填缝剂年产8万吨，颜色40种", "环氧彩砂和美缝剂都做，可做贴牌"],
                ["80,000 tonnes of cement grout a year in 40 colors", "epoxy and urethane grouts, private label available"],
                ["瓷砖胶", "建筑材料"], ["Grout", "Setting Materials"],
                ["填缝剂生产厂家"], ["grout maker"]),
        "D": st(["瓷砖辅料经销商", "建材批发商"], ["tile-setting supply distributor", "building materials wholesaler"],
                ["给900家瓷砖店供货", "在华东有仓库5个"],
                ["900 tile shops served", "five warehouses in the region"],
                ["建材商贸", "装饰建材"], ["Setting Supply", "Building Materials"],
                ["建材代理商"], ["tile supply house"]),
        "E": st(["瓷砖铺贴工程公司", "家装连锁"], ["tile installation contractor", "remodeling chain"],
                ["年铺贴面积200万平方米", "门店70家，年交付家装1.5万户"],
                ["2 million square metres of tile set a year", "70 showrooms and 15,000 remodels a year"],
                ["装饰工程", "家装"], ["Tile Setters", "Remodeling"],
                ["装修公司"], ["tile contractor"]),
    },
    "cabletie": {
        "product": ("尼龙扎带", "nylon cable ties"),
        "material": ("尼龙66切片", "PA66 resin"),
        "cert": (["UL认证", "RoHS检测报告"], ["UL 62275 listing", "RoHS compliance"]),
        "show": (["中国国际五金展", "广交会"], ["the NECA Show", "the Canton Fair"]),
        "R": st(["尼龙切片厂", "改性塑料厂"], ["nylon resin producer", "compounder"],
                ["PA66切片年产10万吨", "改性尼龙月产2000吨，可做耐候黑"],
                ["100,000 tonnes of PA66 resin a year", "2,000 tonnes of UV-black nylon compound a month"],
                ["尼龙", "改性材料"], ["Nylon", "Compounds"],
                ["尼龙原料商"], ["PA66 supplier"]),
        "M": st(["扎带厂", "线缆配件生产商"], ["cable tie manufacturer", "wire management factory"],
                ["注塑机200台，日产扎带1.5亿条", "自锁式、可松式、不锈钢扎带都能做"],
                ["200 molding machines and 150 million ties a day", "standard, releasable and stainless ties"],
                ["电器", "塑胶"], ["Cable Ties", "Wire Management"],
                ["扎带生产厂家"], ["tie maker"]),
        "D": st(["电气分销商", "电工辅料批发商"], ["electrical distributor", "wire and cable supply house"],
                ["网点40个，服务8000家电工客户", "常备电工辅料1万多个规格"],
                ["40 branches and 8,000 electrician accounts", "10,000 electrical supply SKUs"],
                ["电气", "机电"], ["Electric Supply", "Electrical Distributors"],
                ["电气经销商"], ["electrical wholesaler"]),
        "E": st(["电气安装公司", "数据中心建设商"], ["electrical contractor", "data center builder"],
                ["年承接机电安装项目300个", "在建数据中心8个"],
                ["300 electrical installations a year", "eight data centers under construction"],
                ["机电工程", "数据科技"], ["Electric", "Data Centers"],
                ["机电安装公司"], ["electrical installer"]),
    },
    "manhole": {
        "product": ("球墨铸铁井盖", "ductile iron manhole covers"),
        "material": ("铸造生铁和球化剂", "foundry pig iron and nodulizing alloy"),
        "cert": (["EN 124检测报告", "ISO 9001认证"], ["EN 124 test reports", "AASHTO M306 compliance"]),
        "show": (["中国国际铸造博览会", "广交会"], ["WEFTEC", "the Canton Fair"]),
        "R": st(["铸造生铁厂", "球化剂厂"], ["foundry pig iron producer", "nodulizer maker"],
                ["球墨铸铁用生铁年产80万吨", "稀土镁球化剂月产1500吨"],
                ["800,000 tonnes of ductile-grade pig iron a year", "1,500 tonnes of magnesium ferrosilicon a month"],
                ["铁业", "冶金"], ["Iron", "Alloys"],
                ["生铁供应商"], ["pig iron supplier"]),
        "M": st(["井盖铸造厂", "市政铸件厂"], ["manhole cover foundry", "municipal castings plant"],
                ["年产球墨铸铁井盖30万套，承载等级D400到F900", "造型线4条，雨水箅子、阀门井盖都能做"],
                ["300,000 ductile iron covers a year, load class D400 to F900", "four molding lines for covers, grates and valve boxes"],
                ["铸造", "铸业"], ["Foundry", "Castings"],
                ["铸造厂"], ["casting foundry"]),
        "D": st(["市政材料经销商", "排水管材批发商"], ["waterworks distributor", "utility products wholesaler"],
                ["给300家市政施工单位供货", "库存井盖和管件1.2万套"],
                ["300 utility contractors served", "12,000 covers and frames in the yard"],
                ["市政物资", "管业"], ["Waterworks", "Utility Supply"],
                ["市政物资代理商"], ["utility supply house"]),
        "E": st(["市政工程公司", "水务集团"], ["site utility contractor", "water utility"],
                ["年承接道路排水工程60项", "管网长度4800公里"],
                ["60 road and sewer jobs a year", "4,800 miles of sewer and water main"],
                ["市政建设", "水务"], ["Site Utilities", "Water Works"],
                ["管网运营单位"], ["public works department"]),
    },
    "safetysign": {
        "product": ("安全标识牌", "safety signs"),
        "material": ("标牌铝板和反光膜", "sign-grade aluminum and reflective sheeting"),
        "cert": (["GB 2894检测报告", "ISO 9001认证"], ["ANSI Z535 compliance", "ISO 9001 certification"]),
        "show": (["中国国际劳动保护用品交易会", "广交会"], ["the NSC Safety Congress & Expo", "the Canton Fair"]),
        "R": st(["铝板带厂", "反光膜生产商"], ["aluminum sheet mill", "reflective film maker"],
                ["标牌用铝板月产4000吨", "工程级反光膜年产2000万平方米"],
                ["4,000 tonnes of sign-grade aluminum a month", "20 million m² of engineer-grade sheeting a year"],
                ["铝业", "反光材料"], ["Aluminum", "Reflective"],
                ["反光材料供应商"], ["sheeting supplier"]),
        "M": st(["标识牌厂", "安全标志生产商"], ["safety sign manufacturer", "signage factory"],
                ["年产安全标识牌500万块，丝印和UV打印都有", "夜光标识和反光标识都能做，50块起订"],
                ["5 million safety signs a year, screen- or UV-printed", "glow-in-the-dark and reflective signs from 50 pieces"],
                ["标识", "标牌"], ["Signworks", "Safety Signs"],
                ["标牌生产厂家"], ["sign shop"]),
        "D": st(["劳保用品批发商", "安全用品经销商"], ["safety products distributor", "PPE wholesaler"],
                ["给3000家工厂配送劳保用品", "常备标识、警示带等4000个规格"],
                ["3,000 plant accounts", "4,000 safety SKUs in stock"],
                ["劳保", "安全用品"], ["Safety Supply", "Safety Distributors"],
                ["劳保经销商"], ["safety supply house"]),
        "E": st(["物流园区运营商", "建筑总承包商"], ["warehouse operator", "general contractor"],
                ["运营仓储物流园18个", "在建项目60个"],
                ["18 distribution centers", "60 active job sites"],
                ["物流", "建工"], ["Logistics", "Builders"],
                ["仓储物流公司"], ["3PL"]),
    },
    "anchor": {
        "product": ("膨胀螺栓", "concrete expansion anchors"),
        "material": ("冷镦钢线材", "cold-heading wire rod"),
        "cert": (["CE认证（欧洲技术评估）", "ISO 9001认证"], ["ICC-ES evaluation reports", "ETA approvals"]),
        "show": (["中国（永年）标准件博览会", "中国国际五金展"], ["Fastener Fair USA", "World of Concrete"]),
        "R": st(["线材厂", "冷镦钢供应商"], ["wire rod mill", "cold-heading wire drawer"],
                ["冷镦钢线材年产50万吨", "拉丝退火线材月产8000吨"],
                ["500,000 tonnes of cold-heading rod a year", "8,000 tonnes of drawn and annealed wire a month"],
                ["钢铁", "线材"], ["Steel", "Wire"],
                ["线材供应商"], ["wire supplier"]),
        "M": st(["膨胀螺栓厂", "锚栓生产商"], ["anchor manufacturer", "concrete anchor factory"],
                ["年产膨胀螺栓3万吨，镀锌和304都有", "化学锚栓、套管锚栓、楔形锚栓一条龙"],
                ["30,000 tonnes of expansion anchors a year, zinc-plated or 304", "wedge, sleeve and chemical anchors"],
                ["紧固件", "标准件"], ["Anchor", "Fastening"],
                ["锚栓生产厂家"], ["anchor maker"]),
        "D": st(["紧固件经销商", "建筑紧固件进口商"], ["construction fastener distributor", "anchor importer"],
                ["给1500家建材店和施工单位配货", "仓库常备锚栓800吨"],
                ["1,500 contractor accounts", "800 tonnes of anchors on hand"],
                ["五金商贸", "紧固件"], ["Fastener Supply", "Anchor Imports"],
                ["标准件批发商"], ["fastener house"]),
        "E": st(["幕墙工程公司", "抗震支架安装公司"], ["curtain wall contractor", "seismic bracing contractor"],
                ["年承接幕墙工程50万平方米", "年安装抗震支吊架20万套"],
                ["500,000 m² of curtain wall a year", "200,000 seismic braces installed a year"],
                ["幕墙", "建筑工程"], ["Curtain Wall", "Seismic"],
                ["建筑安装公司"], ["installer"]),
    },
}

# A want that names only the role (and the country), not the product.
GENERIC = {
    "zh": {"R": ["原材料供应商", "原料厂家"], "M": ["生产厂家", "源头工厂", "制造商"],
           "D": ["经销商", "代理商", "批发商", "进口商", "贸易商"], "E": ["终端客户", "工程客户", "直接用户"]},
    "en": {"R": ["raw material supplier", "materials vendor"], "M": ["manufacturer", "factory", "producer"],
           "D": ["distributor", "wholesaler", "importer", "sales agent"], "E": ["end user", "direct buyer", "volume end user"]},
}

# A word in a company name that belongs to another stage than the company's.
MISLEAD = {"zh": {"R": "贸易", "M": "进出口", "D": "制造", "E": "批发"},
           "en": {"R": "Trading", "M": "Import & Export", "D": "Manufacturing", "E": "Supply"}}
STAGE_WORDS = {  # role words in names, by the stage they suggest (for the summary only)
    "M": ["制造", "工厂", "Manufacturing", "Works", "Foundry"],
    "D": ["贸易", "商贸", "进出口", "批发", "Trading", "Import", "Wholesale", "Distributors", "Supply"],
    "E": ["连锁", "工程", "Stores", "Centers", "Builders"],
}

# Places and people, by side (CN / US) and language.
CN_CITY_ZH = {"佛山": "广东", "阳江": "广东", "揭阳": "广东", "东莞": "广东", "乐清": "浙江", "温州": "浙江", "宁波": "浙江",
              "台州": "浙江", "邯郸": "河北", "唐山": "河北", "临沂": "山东", "淄博": "山东", "郑州": "河南", "常州": "江苏",
              "无锡": "江苏"}
CN_CORE_ZH = ["宏达", "鑫源", "恒泰", "金诺", "瑞丰", "华盛", "天成", "永信", "嘉联", "博远", "利通", "致远", "东升", "汇金",
              "正和", "广益", "中联", "新锐", "宝鼎", "诚远", "亚泰", "万通"]
CN_CORE_EN = ["Hongda", "Xinyuan", "Hengtai", "Jinnuo", "Ruifeng", "Huasheng", "Tiancheng", "Yongxin", "Jialian", "Boyuan"]
US_CORE_EN = ["Ironwood", "Keystone", "Red Oak", "Granite Peak", "Clearwater", "Lakeshore", "Prairie", "Summit",
              "Harbor Point", "Northgate", "Copperline", "Westbrook", "Elm Street", "Riverbend", "Bayside", "Ridgeway",
              "Sterling", "Oakmont", "Cornerstone", "Blue Ridge", "Canyon", "Hollister", "Maddox & Reed", "Pruitt",
              "Landry", "Abernathy"]
US_CORE_ZH = ["铁木", "基石", "红橡", "花岗峰", "清水", "湖岸", "草原", "顶峰", "港湾", "北门"]
CITY = {
    ("CN", "zh"): list(CN_CITY_ZH),
    ("CN", "en"): ["Foshan", "Yangjiang", "Ningbo", "Wenzhou", "Handan", "Linyi", "Zhengzhou", "Changzhou"],
    ("US", "en"): ["Charlotte, North Carolina", "Houston, Texas", "Kansas City, Missouri", "Chicago, Illinois",
                   "Tampa, Florida", "Sacramento, California", "Pittsburgh, Pennsylvania", "Indianapolis, Indiana",
                   "Las Vegas, Nevada", "Boise, Idaho", "Richmond, Virginia", "Milwaukee, Wisconsin"],
    ("US", "zh"): ["北卡州夏洛特", "得州休斯敦", "伊利诺伊州芝加哥", "佛罗里达州坦帕", "加州萨克拉门托", "宾州匹兹堡"],
}
REGION = {  # the region of a city (a Chinese city by its province)
    ("CN", "zh"): {"广东": "珠三角", "浙江": "浙江", "河北": "华北", "山东": "山东", "河南": "中原", "江苏": "苏南"},
    ("CN", "en"): {"Foshan": "the Pearl River Delta", "Yangjiang": "western Guangdong", "Ningbo": "Zhejiang",
                   "Wenzhou": "southern Zhejiang", "Handan": "Hebei", "Linyi": "Shandong", "Zhengzhou": "central China",
                   "Changzhou": "the Yangtze River Delta"},
    ("US", "en"): {"Charlotte, North Carolina": "the Carolinas", "Houston, Texas": "the Gulf Coast",
                   "Kansas City, Missouri": "the Midwest", "Chicago, Illinois": "the Midwest", "Tampa, Florida": "Florida",
                   "Sacramento, California": "Northern California", "Pittsburgh, Pennsylvania": "the Northeast",
                   "Indianapolis, Indiana": "the Midwest", "Las Vegas, Nevada": "the Southwest",
                   "Boise, Idaho": "the Mountain West", "Richmond, Virginia": "the Mid-Atlantic",
                   "Milwaukee, Wisconsin": "the Great Lakes"},
    ("US", "zh"): {"北卡州夏洛特": "美国东南部", "得州休斯敦": "美国南部", "伊利诺伊州芝加哥": "美国中西部", "佛罗里达州坦帕": "美国东南部",
                   "加州萨克拉门托": "美国西海岸", "宾州匹兹堡": "美国东北部"},
}
PEOPLE = {
    ("CN", "zh"): ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "孙丽", "周涛", "吴敏"],
    ("CN", "en"): ["Zhang Wei", "Wang Fang", "Liu Yang", "Chen Jing", "Zhao Lei", "Sun Li"],
    ("US", "en"): ["Kevin O'Brien", "Laura Mitchell", "Carlos Rivera", "Amanda Brooks", "Tyler Johnson", "Rachel Kim",
                   "Greg Patterson", "Monica Reyes", "Steve Kowalski", "Jasmine Wright"],
    ("US", "zh"): ["凯文·奥布莱恩", "劳拉·米切尔", "卡洛斯·里维拉", "阿曼达·布鲁克斯", "泰勒·约翰逊", "瑞秋·金"],
}
TITLES = {"zh": ["总经理", "外贸经理", "销售总监", "董事长", "运营总监", "采购经理"],
          "en": ["CEO", "VP of Sales", "Owner", "Purchasing Manager", "Operations Director", "Head of Partnerships"]}
PROGRAMS = {"zh": ["产业观察", "外贸一线", "财经早报", "制造新力量"],
            "en": ["Business Tonight", "Main Street Money", "The Trade Desk", "Made Here"]}
REPORTERS = {"zh": ["王磊", "陈思琪", "赵宇航", "刘畅"], "en": ["Dana Whitman", "Marcus Lee", "Jenna Ortiz", "Tom Becker"]}

# The country a company's partner is in: (Chinese names, English adjectives, English names).
ABROAD = {"CN": (["美国", "北美", "美国本土"], ["US", "American", "North American"], ["the US", "the United States"]),
          "US": (["中国", "中国大陆"], ["Chinese"], ["China"])}
# fmt: on

# --------------------------------------------------------------------------------------------
# The ways of writing. A template is a string (one clause of the slot's kind) or a tuple of
# (text, kind) clauses. Seek templates with "{who}" or a leading "@" need a role noun (not a
# material). "greet_x" greets an audience abroad (a CN company in English, a US one in Chinese).
# --------------------------------------------------------------------------------------------
# fmt: off
T: dict[str, dict[str, dict[str, list]]] = {
    "livestream host script": {
        "zh": {
            "offer": [
                "咱们是{noun}，{detail}。",
                (("给新来的家人介绍一下，", OTHER), ("{short}是{region}的{noun}，{detail}。", OFFER)),
                "镜头拉近一点给大家看看，咱们是{noun}，{detail}。",
                "很多家人问咱们是干嘛的——{noun}，{detail}。",
                "{short}做{product}做了{yrs}年，{detail}，是实打实的{noun}。",
                (("【{time}】", OTHER), ("家人们看这边，{detail}，这就是咱们{noun}的实力。", OFFER)),
                "实话实说，咱们就是一家{noun}，{detail}。",
            ],
            "served": ["现在{served}都在拿咱们的货。", "合作的{served}，复购率都很高。", "好多{served}都是咱们的老客户了。"],
            "seek": [
                "今天开播还有件正事：我们在找{want}，有资源的家人私信小助理。",
                "在线的家人里有没有{who}？有的扣个1！",
                "如果你是{who}，评论区留个言，下播后一对一对接。",
                "老板交代了，{year}年一定要把{want}谈下来。",
                "小助理提醒一下：老板说要找{want}，有的家人直接私信。",
                "@{want}，长期合作，戳主页私信。",
                "@招{want}，条件好谈，公屏扣“合作”。",
                "合作需求给大家打在公屏上了：{want}。",
            ],
            "head": ["直播口播稿｜第{n}场　{date} {time}开播", "【{short}直播间】口播稿", "直播脚本（主播：{person}）", "【{time}】开场"],
            "greet": ["家人们晚上好，欢迎来到{short}直播间！", "新进来的家人点点关注，不迷路！", "欢迎家人们，左上角点个关注，咱们马上开始。",
                      "家人们，镜头给到现场，咱们边看边聊。"],
            "greet_x": ["各位老板、各位厂家朋友，晚上好！这里是{short}的直播间，我们在{city}。", "国内的朋友们好，欢迎来到美国{short}的中文直播间！"],
            "noise": ["（展示样品）", "家人们把“想要”打在公屏上！", "点赞到一万，抽三位家人送样品！", "右下角小黄车，样品链接已经挂上了。", "（切镜头：仓库）",
                      "刚从{show}回来，好多家人在现场见过咱们。"],
            "closing": ["下播前再说一遍，关注主播，明天同一时间不见不散！", "今天就到这，感谢家人们的陪伴！", "主播去喝口水，家人们别走开。"],
            "filler": ["咱们公司有{staff}名员工。", "产品都取得了{cert}，家人们放心。", "公司{year0}年成立，老牌子了。"],
        },
        "en": {
            "offer": [
                "So for the new folks: we're {a_noun}, {detail}.",
                (("Quick intro — ", OTHER), ("{short} is {a_noun} out of {city}, with {detail}.", OFFER)),
                "Camera's on the floor now. Quick numbers: {detail}. Yep, we're {a_noun}.",
                "Short version: {a_noun}, {detail}.",
                "We've been doing {product} for {yrs} years now — {detail}.",
                (("[{clock}] ", OTHER), ("Alright, who we are: {a_noun} with {detail}.", OFFER)),
            ],
            "served": ["Right now we ship to {served} all over {region}.", "A lot of you watching are {served} we already supply — hi, guys!"],
            "seek": [
                "Real quick before the deals: we're looking for {want}, so if that's you, DM us.",
                "Is there {who} watching? Drop a comment and we'll reach out.",
                "If you're {who}, comment below and our team will message you after the show.",
                "Big goal for {year}: land {want}. Help us out!",
                "My boss keeps telling me to say this: we still need {want}.",
                "@Partners wanted: {want} — link in bio.",
                "The one thing we're missing? {Want}.",
            ],
            "head": ["LIVE SHOPPING SCRIPT — Episode {n} ({date})", "[LIVE {clock}] Host: {first}", "Run of show — {short} Live, {date} {time}",
                     "HOST SCRIPT: {short} Live #{n}"],
            "greet": ["Hey hey, welcome back to the stream, everybody!", "What's up, chat! Drop a 👋 if you can hear me.",
                      "Okay, we're live — give it a sec for everyone to jump in.", "Welcome in, y'all, grab a coffee, we're getting started."],
            "greet_x": ["Hello to all our friends in America, welcome to our live stream!", "Good morning, US buyers — good evening from {city}!"],
            "noise": ["(holds sample up to the camera)", "Link in bio for the full catalog.", "Smash that like button so more people see us.",
                      "[laughs] Okay, okay, I see you in the chat.", "[{clock2}]", "Some of you met us at {show} — welcome back!"],
            "closing": ["That's it for today — follow so you don't miss the next one!", "Thanks for hanging out, see you next week, same time.",
                        "Catch the replay on our page. Bye, everybody!"],
            "filler": ["We're about {staff} people now.", "And yes, we hold {cert}.", "We've been at it since {year0}."],
        },
    },
    "tv news package": {
        "zh": {
            "offer": [
                "【解说】{short}是{region}的一家{noun}，{detail}。",
                "【解说】走进{short}，{detail}。作为{noun}，企业这几年订单稳步增长。",
                (("【解说】记者了解到，", OTHER), ("这家{noun}{detail}。", OFFER)),
                "【解说】在{city}，{short}算得上是有名的{noun}：{detail}。",
                "【同期声】{person}（{short}{title}）：我们是做{product}的，{detail}。",
                "【字幕】{short}：{noun}｜{detail}",
            ],
            "served": ["【解说】目前，企业已经在给{served}供货。", "【解说】{served}是企业的主要客户。"],
            "seek": [
                "【同期声】{person}（{short}{title}）：我们现在最想找的是{want}。",
                "【解说】眼下，企业正在寻找{want}。",
                "【解说】能否找到{who}，成了企业今年的头等大事。",
                "【解说】按照计划，{short}将在{year}年对接{want}。",
                "【同期声】{person}：如果能遇到{who}，我们愿意拿出最好的条件。",
                "【解说】企业负责人坦言，现在最缺的就是{want}。",
                "【字幕】寻求合作：{want}",
            ],
            "head": ["《{program}》新闻稿　{date}", "【{program}】稿件　时长1分{secs}秒", "播出日期：{date}　栏目：{program}"],
            "lead": ["【导语】稳外贸，企业在行动。今天我们走进{city}的一家企业。", "【导语】订单从哪里来？来看记者在{city}的探访。",
                     "【导语】中美经贸往来中，不少企业在找新机会。"],
            "lead_x": ["【导语】今天我们把镜头对准一家在{city}的美国企业。"],
            "shot": ["【画面】生产线全景", "【画面】仓库、叉车作业", "【画面】样品特写", "【画面】工人在检验产品"],
            "closing": ["（本台记者 {reporter} {city}报道）", "【完】", "编辑：{reporter}　审核：{editor}"],
            "filler": ["【解说】企业现有员工{staff}人。", "【解说】企业已取得{cert}。", "【解说】企业成立于{year0}年。"],
        },
        "en": {
            "offer": [
                "VO: {Short} is {a_noun} in {city}, with {detail}.",
                "VO: The numbers tell the story: {detail}. {Short} is {a_noun}, and proud of it.",
                (("VO: Walk the floor here and you learn fast — ", OTHER), ("this is {a_noun}, with {detail}.", OFFER)),
                'SOT ({person}, {title}): "We\'re {a_noun}. {Detail}."',
                "LOWER THIRD: {name} — {noun}, {detail}",
                "VO: For {yrs} years, {short} has worked as {a_noun}; today that means {detail}.",
            ],
            "served": ["VO: Its customers already include {served}.", "VO: {Served} across {region} buy from it today."],
            "seek": [
                'SOT ({person}, {title}): "What we need now is {want}."',
                "VO: Next on the list: {want}.",
                "VO: The company is looking for {want}.",
                "VO: Can it find {who} this year? {First} thinks so.",
                (('SOT ({person}): "If we can find {who}, we\'re ready to move fast."', SEEK), (" [laughter]", OTHER)),
                "VO: The plan for {year}: sign {who}.",
                "LOWER THIRD: Seeking — {want}",
            ],
            "head": ["{program} — {date}", "SCRIPT: {program} | SLUG: {slug} | RUN: 1:{secs}", "{program} · package for {date} broadcast"],
            "lead": ["ANCHOR: Tonight on {program}, we meet a company in {city} with big plans.",
                     "ANCHOR: Small business, global reach — our story tonight comes from {city}.",
                     "ANCHOR: Trade is changing, and some companies are changing with it."],
            "lead_x": ["ANCHOR: Tonight, a Chinese company that wants to do business with America."],
            "shot": ["[B-ROLL: production line]", "[B-ROLL: warehouse, forklifts]", "[NAT SOUND: machinery]", "[B-ROLL: samples on a table]"],
            "closing": ["REPORTER TAG: For {program}, I'm {reporter}.", "ANCHOR TAG: More on tomorrow's show.", "[END OF PACKAGE]"],
            "filler": ["VO: The company employs about {staff} people.", "VO: It holds {cert}.", "VO: It was founded in {year0}."],
        },
    },
    "video subtitles": {
        "zh": {
            "offer": [
                "我们是{noun}，{detail}。",
                "作为{noun}，{detail}。",
                (("从{year0}年起，", OTHER), ("{short}专注{product}，{detail}。", OFFER)),
                "在{city}，有这样一家{noun}：{detail}。",
                "这里是{short}，{region}的{noun}，{detail}。",
                "{detail}，这就是{short}，一家{noun}。",
            ],
            "served": ["今天，我们已经在为{served}供货。", "{served}，都是我们的老朋友。"],
            "seek": [
                "下一步，我们希望找到{want}。",
                "如果您是{who}，我们期待与您同行。",
                "@{want}，我们在等您。",
                "您是{who}吗？欢迎与我们联系！",
                "{year}年，我们的目标是牵手{who}。",
                "@诚邀{want}合作共赢！",
                "我们还缺一块拼图：{want}。",
            ],
            "title": ["{name}　企业宣传片", "【走进{short}】", "♪ 片头音乐 ♪", "[音乐]"],
            "end": ["合作热线：{phone}", "感谢观看", "{web}", "[音乐渐弱]"],
            "filler": ["我们有{staff}名员工。", "产品取得{cert}。", "我们始建于{year0}年。"],
        },
        "en": {
            "offer": [
                "We are {a_noun} — {detail}.",
                "This is {short}: {a_noun} with {detail}.",
                "For over {yrs} years, we've been in {product}, and today that means {detail}.",
                "Here in {city}, we're {a_noun} with {detail}.",
                "At {short}, we work as {a_noun}. {Detail}.",
                (("Since {year0}, ", OTHER), ("{short} has been {a_noun}, with {detail}.", OFFER)),
            ],
            "served": ["Today, {served} count on us.", "We're proud to supply {served} across {region}."],
            "seek": [
                "Next, we want to find {want}.",
                "If you're {who}, we'd love to build something together.",
                "Are you {who}? Let's talk.",
                "Our goal for {year}: to partner with {who}.",
                "@Wanted: {want}.",
                "The missing piece? {Want}.",
                "We're looking for {want}.",
            ],
            "title": ["[MUSIC]", "♪ upbeat music ♪", "{name} — company film", "[NARRATOR]"],
            "end": ["Call us: {phone}", "Thanks for watching.", "{web}", "[MUSIC FADES]"],
            "filler": ["We're a team of {staff}.", "We hold {cert}.", "It all started in {year0}."],
        },
    },
    "showroom tour narration": {
        "zh": {
            "offer": [
                "我们{short}是一家{noun}，{detail}。",
                "现在大家看到的是公司的发展历程：公司定位为{noun}，{detail}。",
                (("请看这组数据：", OTHER), ("作为{noun}，{detail}。", OFFER)),
                "{short}深耕{product}{yrs}年，是{region}有代表性的{noun}，{detail}。",
                "这面墙展示的是我们的主营业务：{noun}，{detail}。",
                "身后这块大屏显示，{detail}，这也是我们作为{noun}的底气。",
            ],
            "served": ["这一排是我们的合作客户，包括{served}。", "展墙上这些合作伙伴，都是{served}。"],
            "seek": [
                "借这个机会也跟各位领导汇报一下：公司目前正在寻找{want}。",
                "在座各位如果有{who}，欢迎会后深入交流。",
                "我们今年的重点工作之一，就是对接{want}。",
                "@{want}，这是我们最希望各位帮忙牵线的。",
                "在座有没有{who}？我们特别希望认识。",
                "董事长常说，公司还缺{want}。",
                "下一步计划：{year}年内签下{who}。",
            ],
            "head": ["展厅讲解词（第{stop}站：企业概况）", "{short}展厅讲解稿　讲解员：{person}", "【展厅讲解】{short}　第{stop}展区"],
            "greet": ["尊敬的各位领导、各位来宾，大家好！欢迎莅临{short}参观指导。", "各位嘉宾，请往这边走。", "大家好，我是今天的讲解员{person}。",
                      "请大家看左手边的展墙。"],
            "greet_x": ["欢迎中国企业代表团来到{short}！我是今天的讲解员{person}。", "各位来自中国的朋友，欢迎来到{city}！"],
            "stage": ["（手势指向展墙）", "（停顿，等嘉宾拍照）", "（引导至样品区）"],
            "closing": ["本展区的讲解就到这里，请大家移步下一展区。", "谢谢大家！", "下面请各位移步二楼会议室，注意脚下台阶。"],
            "filler": ["公司现有员工{staff}人。", "产品已取得{cert}。", "公司始建于{year0}年。"],
        },
        "en": {
            "offer": [
                "We are {a_noun} — {detail}.",
                "What you're looking at is the heart of the business: {detail}. That's what {a_noun} does.",
                "{Short} has been {a_noun} since {year0}; {detail}.",
                "On this wall you'll see who we are: {a_noun} in {city}, with {detail}.",
                (("Some numbers for you: ", OTHER), ("{detail} — that's the scale of {a_noun} like ours.", OFFER)),
                "In short, we're one of the {nouns} in {region}, with {detail}.",
            ],
            "served": ["On the wall to your left are some of the {served} we supply today.", "The logos up here? Those are {served} we already work with."],
            "seek": [
                "One thing I'd ask of this group: we're looking for {want}.",
                "If anyone here is {who}, please find me after the tour.",
                "Our goal for {year} is to sign {who}.",
                "@What's missing from this wall is {want}.",
                "Is there {who} in the group today? I'd love to talk.",
                "Our president likes to say we still need {want}.",
                "@Top of our wish list: {want}.",
            ],
            "head": ["SHOWROOM TOUR SCRIPT — Stop {stop}: Who we are", "Visitor tour narration ({short}; guide: {first})", "Visitor tour script, v{n} — Stop {stop}"],
            "greet": ["Good morning, everyone, and welcome to {short}.", "If you'll follow me this way, please.", "Hi, I'm {first}, and I'll be your guide today.",
                      "Please keep your visitor badges on at all times."],
            "greet_x": ["Welcome to our American guests — we're glad you made the trip to {city}.", "Good morning, and welcome to {city}, everyone from the US delegation."],
            "stage": ["(Gesture to the sample wall.)", "(Pause for photos.)", "(Hand out samples.)"],
            "closing": ["That's the end of this stop — next, the sample room.", "Any questions before we move on? [laughter]", "Thank you, and mind the step on your way out."],
            "filler": ["We're {staff} people strong.", "We hold {cert}.", "The company was founded in {year0}."],
        },
    },
    "phone greeting script": {
        "zh": {
            "offer": [
                "{short}是专业的{noun}，{detail}。",
                "我们是{noun}，{detail}，竭诚为您服务。",
                "{short}，{region}的{noun}，{detail}。",
                "{detail}——{short}，您身边的{noun}。",
                "{short}专注{product}{yrs}年，{detail}。",
                (("{short}始建于{year0}年，", OTHER), ("是一家{noun}，{detail}。", OFFER)),
            ],
            "served": ["产品长期供应{served}。", "已为{served}提供服务。"],
            "seek": [
                "@诚招{want}，合作洽谈请按2。",
                "如果您是{who}，请按3，业务经理将为您服务。",
                "我们正在寻找{want}，欢迎在提示音后留言。",
                "您是{who}吗？合作请按3。",
                "@寻求{want}，{year}年合作专线已开通。",
                "@现诚征{want}，详询请按2。",
                "{year}年，我们计划对接{want}，欢迎来电。",
            ],
            "head": ["企业彩铃录音稿（女声，亲切）", "400热线语音导航　第{n}版", "【彩铃文案】时长约30秒", "语音导航录音稿｜{date}更新"],
            "greet": ["您好，欢迎致电{name}！", "您好，这里是{short}。", "[背景音乐]您好，感谢您致电{short}。"],
            "greet_x": ["您好，欢迎致电美国{short}公司中文服务热线。", "您好，这里是{short}中文专线。"],
            "menu": ["业务咨询请按1，售后服务请按0。", "查询订单请按1，人工服务请按0。"],
            "hold": ["您的来电对我们很重要，请稍候，正在为您转接。", "下班时间请在提示音后留言。"],
            "filler": ["公司现有员工{staff}人。", "产品已取得{cert}。", "公司成立于{year0}年。"],
        },
        "en": {
            "offer": [
                "{Short} is {a_noun} with {detail}.",
                "We are {a_noun} — {detail}.",
                "Did you know? {Short} has been {a_noun} since {year0}, with {detail}.",
                "While you wait: {detail}. That's {short}, your {noun} in {city}.",
                "At {short}, we've worked with {product} for {yrs} years; {detail}.",
                (("Fun fact while you hold: ", OTHER), ("{short} is {a_noun} — {detail}.", OFFER)),
            ],
            "served": ["We proudly serve {served} throughout {region}.", "{Served} across {region} rely on us every day."],
            "seek": [
                "If you are {who}, press 3 to reach our partnerships team.",
                "We're looking for {want}; press 3 and leave your details.",
                "Are you {who}? Press 3.",
                "@Now seeking: {want}. Press 3 to talk to us.",
                "@In {year}, we plan to partner with {want}; stay on the line to learn more.",
                "Our partnerships team is looking for {want}. Press 3.",
            ],
            "head": ["ON-HOLD MESSAGE SCRIPT (female voice, warm, approx. 45 s)", "IVR main greeting — v{n} ({date})", "Auto-attendant script: {name}",
                     "Phone greeting, recorded {date}"],
            "greet": ["Thank you for calling {name}.", "Hello, and thanks for calling {short}.", "[music bed] Thanks for holding — you've reached {short}."],
            "greet_x": ["Thank you for calling {short}. This is our English line for customers in North America.", "Hello, you've reached the international sales line of {short}."],
            "menu": ["For orders, press 1. For billing, press 2.", "For order status, press 1. For all other inquiries, press 0."],
            "hold": ["Your call is important to us. Please stay on the line.", "To repeat these options, press star."],
            "filler": ["Our team of {staff} is here to help.", "We hold {cert}.", "Serving customers since {year0}."],
        },
    },
}

# A negated want: the role it does not want (other), then the one it does (seek), by genre.
NEGATED = {
    ("livestream host script", "zh"): [(("家人们注意，{neg}就别私信了，", OTHER), ("我们只对接{want}。", SEEK)),
                                       (("不找{neg}啊，", OTHER), ("只找{want}！", SEEK)),
                                       (("{neg}咱们已经有了，", OTHER), ("现在缺的是{want}。", SEEK))],
    ("livestream host script", "en"): [(("Heads up: we're not looking for {neg}; ", OTHER), ("we need {want}.", SEEK)),
                                       (("{Neg}, we've got covered — ", OTHER), ("what we're missing is {want}.", SEEK)),
                                       (("No {neg} in the DMs, please. ", OTHER), ("We want {want}.", SEEK))],
    ("tv news package", "zh"): [(("【解说】这家企业并不缺{neg}，", OTHER), ("想找的是{want}。", SEEK)),
                                (("【同期声】{person}：{neg}我们已经有了，", OTHER), ("缺的是{want}。", SEEK)),
                                (("【解说】企业不找{neg}，", OTHER), ("只想对接{want}。", SEEK))],
    ("tv news package", "en"): [(("VO: It isn't looking for {neg}; ", OTHER), ("it wants {want}.", SEEK)),
                                (('SOT ({person}): "We\'re not after {neg}. ', OTHER), ('We need {want}."', SEEK)),
                                (("VO: {Neg}, it already has. ", OTHER), ("What it lacks is {want}.", SEEK))],
    ("video subtitles", "zh"): [(("我们不找{neg}，", OTHER), ("只找{want}。", SEEK)),
                                (("{neg}，我们已经有了，", OTHER), ("我们还缺{want}。", SEEK))],
    ("video subtitles", "en"): [(("We're not looking for {neg}. ", OTHER), ("We're looking for {want}.", SEEK)),
                                (("We already have {neg}; ", OTHER), ("what we need is {want}.", SEEK))],
    ("showroom tour narration", "zh"): [(("各位领导，我们不缺{neg}，", OTHER), ("缺的是{want}。", SEEK)),
                                        (("{neg}这块我们已经布局好了，", OTHER), ("现在最需要的是{want}。", SEEK)),
                                        (("不找{neg}，", OTHER), ("只找{want}。", SEEK))],
    ("showroom tour narration", "en"): [(("We are not looking for {neg}; ", OTHER), ("we need {want}.", SEEK)),
                                        (("{Neg}? We have plenty. ", OTHER), ("@What we'd love to meet is {want}.", SEEK))],
    ("phone greeting script", "zh"): [(("{neg}请勿来电，", OTHER), ("@本公司只招{want}，请按2。", SEEK)),
                                      (("本公司暂不合作{neg}，", OTHER), ("如果您是{who}，请按3。", SEEK))],
    ("phone greeting script", "en"): [(("We are not accepting calls from {neg} at this time. ", OTHER), ("If you are {who}, press 3.", SEEK)),
                                      (("We're not looking for {neg}; ", OTHER), ("we're looking for {want}. Press 3 to talk to us.", SEEK))],
}
# fmt: on


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def article(phrase: str) -> str:
    """'a' or 'an' before ``phrase`` (acronyms by the sound of their first letter)."""
    word = phrase.split(maxsplit=1)[0].strip("(")
    if word.isupper() and len(word) > 1 and word.isalpha():
        vowel = word[0] in "AEFHILMNORSX"
    elif word[0].isdigit():
        vowel = word[0] == "8"
    else:
        vowel = word[0].lower() in "aeio" or word.startswith("hour")
    return f"{'an' if vowel else 'a'} {phrase}"


def fill(template, kind: str, ctx: Ctx) -> list[tuple[str, str]]:
    """The clauses of one template: a string is one clause of ``kind``."""
    if isinstance(template, str):
        template = ((template, kind),)
    return [
        (re.sub(r"\.\.(?=[\s\"]|$)", ".", text.lstrip("@").format_map(ctx)), k)
        for text, k in template
    ]


# --------------------------------------------------------------------------------------------
# Roles: each Chinese company's partner, then the traps beside it, then the chain (dealt out
# from COMBOS by corpus_tools.cn_roles and us_roles)
# --------------------------------------------------------------------------------------------
COMBOS = [(s, w) for s in STAGES for w in NEIGHBOURS[s]]


# --------------------------------------------------------------------------------------------
# One company
# --------------------------------------------------------------------------------------------
USED_NAMES: set[str] = set()


def company_name(
    rng: random.Random, side: str, lang: str, chain: dict, *, stage: str, k: int, city: str
) -> tuple[str, str, bool]:
    """(full name, short name, misleading): the name words often carry a trade noun, and one
    name in five a role word of another stage ("进出口" for a factory, "Manufacturing" for an
    importer)."""
    for _ in range(200):
        mis = rng.random() < 0.2
        word = chain[stage]["wzh" if lang == "zh" else "wen"][k]
        extra = MISLEAD[lang][stage] if mis else ""
        if side == "CN" and lang == "zh":
            core = rng.choice(CN_CORE_ZH)
            tail = (
                "厂"
                if stage in "RM" and not mis and rng.random() < 0.2
                else rng.choice(["有限公司", "有限公司", "股份有限公司", "实业有限公司"])
            )
            where = rng.choice([f"{city}市", city, CN_CITY_ZH[city]])
            name, short = f"{where}{core}{word}{extra}{tail}", f"{core}{word}"
        elif side == "CN":
            core = rng.choice(CN_CORE_EN)
            words = f"{word} {extra}".strip()
            name = rng.choice(
                [f"{city} {core} {words} Co., Ltd.", f"{core} {words} ({city}) Co., Ltd."]
            )
            short = core
        elif lang == "en":
            core = rng.choice(US_CORE_EN)
            words = f"{word} {extra}".strip()
            suffix = rng.choice(["Inc.", "LLC", "Corp.", "Co.", "Group"])
            name, short = f"{core} {words} {suffix}", core
        else:
            core = rng.choice(US_CORE_ZH)
            name = rng.choice(
                [f"{core}{word}{extra}（美国）有限公司", f"美国{core}{word}{extra}公司"]
            )
            short = core
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, short, mis
    raise RuntimeError("no free company name")


def want_phrases(
    rng: random.Random, side: str, lang: str, chain: dict, want: str
) -> tuple[str, str | None, str]:
    """(want, who, mode): the wanted partner as a noun phrase, the same as a role noun (None
    when the want names a material), and how it is named (specific, alias, generic,
    material)."""
    zh_c, en_c, en_n = ABROAD[side]
    r = rng.random()
    if want == "R" and r < 0.85:
        mode = "material"
    else:
        r = rng.random()
        mode = "generic" if r < 0.25 else "alias" if r < 0.45 else "specific"
    nouns = {
        "generic": GENERIC[lang][want],
        "alias": chain[want]["a" + lang],
        "specific": chain[want][lang],
    }
    if lang == "zh":
        country = rng.choice(zh_c)
        if mode == "material":
            m = chain["material"][0]
            return rng.choice([m, f"长期稳定的{m}供应", f"{m}货源"]), None, mode
        noun = rng.choice(nouns[mode])
        who = f"{country}{noun}" if mode == "generic" or rng.random() < 0.8 else noun
        adj = rng.choice(["", "", "有渠道的", "靠谱的", "有实力的"])
        return f"{adj}{who}", who, mode
    adj_c, name_c = rng.choice(en_c), rng.choice(en_n)
    if mode == "material":
        m = chain["material"][1]
        return (
            rng.choice(
                [f"a dependable source of {m}", f"{m} from {name_c}", f"{m} on a regular contract"]
            ),
            None,
            mode,
        )
    noun = rng.choice(nouns[mode])
    who = article(f"{adj_c} {noun}")
    forms = [who, f"{plural(noun)} in {name_c}", f"{adj_c} {plural(noun)}"]
    if mode != "generic":
        forms.append(article(f"{rng.choice(['reliable', 'well-connected', 'growing'])} {noun}"))
    return rng.choice(forms), who, mode


def seek_clauses(
    rng: random.Random, genre: str, lang: str, ctx: Ctx, *, own: str, want: str, flags: Counter
) -> list[tuple[str, str]]:
    """The seek sentence: sometimes a negated want first ("不找贸易商，只找…")."""
    # the role it does not want: another neighbour of its stage, else any other stage
    others = [x for x in NEIGHBOURS[own] if x != want] or [
        x for x in STAGES if x not in (own, want)
    ]
    if rng.random() < (0.25 if lang == "zh" else 0.18):
        neg = rng.choice(others)
        if lang == "zh":
            ctx["neg"] = rng.choice(GENERIC["zh"][neg] + ctx["chain"][neg]["zh"])
        else:
            ctx["neg"] = plural(rng.choice(GENERIC["en"][neg] + ctx["chain"][neg]["en"]))
        pool = [t for t in NEGATED[genre, lang] if ctx["who"] is not None or not needs_party(t)]
        if pool:
            flags["negated want"] += 1
            return fill(rng.choice(pool), SEEK, ctx)
    pool = [t for t in T[genre][lang]["seek"] if ctx["who"] is not None or not needs_party(t)]
    return fill(rng.choice(pool), SEEK, ctx)


def timecode(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, rest = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{rest:03d}"


def make_org(
    rng: random.Random,
    oid: str,
    side: str,
    *,
    key: str,
    stage: str,
    want: str,
    genre: str,
    lang: str,
    flags: Counter,
) -> tuple[dict, list]:
    """One organization and its segments."""
    chain = CHAINS[key]
    li = 0 if lang == "zh" else 1
    tpl = T[genre][lang]
    home = (side, lang)
    city = rng.choice(CITY[home])
    k = rng.randrange(2)  # which of the stage's two kinds of company: noun, detail and name agree
    name, short, mis = company_name(rng, side, lang, chain, stage=stage, k=k, city=city)
    if mis:
        flags["name with another stage's role word"] += 1
    noun = chain[stage][lang][k]
    want_np, who, mode = want_phrases(rng, side, lang, chain, want)
    flags[f"want: {mode}"] += 1
    person = rng.choice(PEOPLE[home])
    year = rng.choice([2025, 2026, 2027])
    if side == "CN":
        phone = rng.choice([f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                            f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])  # fmt: skip
    else:
        phone = f"+1 ({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"
    slug = re.sub(r"[^a-z]", "", short.lower()) or "".join(
        rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(3, 5))
    )
    web = f"www.{slug}{key}.{'cn' if side == 'CN' and rng.random() < 0.5 else 'com'}"
    ctx = Ctx(
        chain=chain, name=name, short=short, noun=noun, nouns=plural(noun) if lang == "en" else noun,
        a_noun=article(noun) if lang == "en" else noun, detail=chain[stage]["d" + lang][k],
        product=chain["material" if stage == "R" else "product"][li], want=want_np, who=who, city=city,
        region=REGION[home][CN_CITY_ZH[city] if home == ("CN", "zh") else city], year=year, year0=rng.randint(1992, 2018), yrs=rng.randint(6, 28),
        person=person, first=person.split()[0] if home == ("US", "en") else person,
        title=rng.choice(TITLES[lang]), show=rng.choice(chain["show"][li]), n=rng.randint(12, 380),
        date=f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" if lang == "zh" else f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year}",
        time=f"{rng.randint(8, 21)}:{rng.choice([0, 0, 30, 15, 45]):02d}", clock=f"00:{rng.randint(1, 24):02d}:{rng.randint(0, 59):02d}", clock2=f"00:{rng.randint(25, 58):02d}:{rng.randint(0, 59):02d}",
        staff=f"{rng.choice([45, 90, 160, 300, 520, 1100, 2400]):{',' if lang == 'en' else ''}}", cert=rng.choice(chain["cert"][li]),
        phone=phone, web=web, program=rng.choice(PROGRAMS[lang]), secs=rng.randint(10, 59),
        reporter=(crew := rng.sample(REPORTERS[lang], 2))[0], editor=crew[1], stop=rng.randint(1, 3),
        slug=re.sub(r"[^A-Z]+", "-", f"{short} {key}".upper()).strip("-"),
    )  # fmt: skip
    # the offer: the company, sometimes the customers it already serves (not what it seeks)
    pool = [t for t in tpl["offer"] if stage != "E" or "{product}" not in str(t)]
    offer = [fill(rng.choice(pool), OFFER, ctx)]
    served = [x for x in SERVES[stage] if x != want]
    if served and rng.random() < 0.7:
        s_noun = rng.choice(chain[rng.choice(served)][lang])
        ctx["served"] = plural(s_noun) if lang == "en" else s_noun
        offer.append(fill(rng.choice(tpl["served"]), OFFER, ctx))
        flags["served customers named"] += 1
    seek = seek_clauses(rng, genre, lang, ctx, own=stage, want=want, flags=flags)
    said = "".join(t for sent in offer for t, _ in sent)
    own = [f for f in tpl["filler"] if stage == "M" or "{cert}" not in f]  # a maker's certificates
    fresh = [  # not a fact the offer already gives
        f for f in own if all(str(ctx[x.lower()]) not in said for x in re.findall(r"{(\w+)}", f))
    ]
    filler = fill(rng.choice(fresh or own), OTHER, ctx)
    abroad = (side == "CN") == (lang == "en")  # speaking to the other country in its language
    for _ in range(50):
        blocks = LAYOUT[genre](
            rng, lang, tpl, ctx, offer=offer, seek=seek, filler=filler, abroad=abroad
        )
        if fits(genre, blocks):
            break
    else:
        raise RuntimeError(f"{oid}: no layout short enough")
    segments = render(blocks, " " if lang == "en" else "")
    description = "".join(t for t, _ in segments)
    org = {"id": oid, "side": side, "name": {lang: name}, "description": {lang: description}}
    return org, segments


# --------------------------------------------------------------------------------------------
# Layouts: a document is a list of lines; a line a list of sentences; a sentence a list of
# (text, kind) clauses. Sentences of a line are joined by a space (English) or nothing; an
# empty line is a blank line.
# --------------------------------------------------------------------------------------------
# not corpus_tools.one: it would fill with corpus_tools.fill, not this file's
def one(rng, pool, kind, ctx):
    return fill(rng.choice(pool), kind, ctx)


def greeting(rng, tpl, ctx, abroad):
    return one(rng, tpl["greet_x"] if abroad and rng.random() < 0.7 else tpl["greet"], OTHER, ctx)


def livestream_layout(rng, lang, tpl, ctx, *, offer, seek, filler, abroad):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.85:
        lines.append([greeting(rng, tpl, ctx, abroad)])
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    if rng.random() < 0.6:
        body.insert(rng.randint(0, len(body)), one(rng, tpl["noise"], OTHER, ctx))
    lines += [[s] for s in place(rng, body, seek, first=0.3, last=0.3)]
    if rng.random() < 0.6:
        lines.append([one(rng, tpl["closing"], OTHER, ctx)])
    return lines


def tv_layout(rng, lang, tpl, ctx, *, offer, seek, filler, abroad):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.7:
        pool = tpl["lead_x"] if abroad and rng.random() < 0.6 else tpl["lead"]
        lines.append([one(rng, pool, OTHER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    if rng.random() < 0.5:
        body.insert(rng.randint(0, len(body)), one(rng, tpl["shot"], OTHER, ctx))
    lines += [[s] for s in place(rng, body, seek, first=0.3, last=0.3)]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["closing"], OTHER, ctx)])
    return lines


def subtitle_text(sentences: list, lang: str) -> list:
    """Chinese subtitles drop full stops and put spaces for commas; the cue ends bare."""
    if lang != "zh":
        return sentences
    out = []
    for sent in sentences:
        out.append([(re.sub(r" +", " ", re.sub(r"[，；。：]", " ", t)), k) for t, k in sent])
    last = out[-1]
    last[-1] = (last[-1][0].rstrip(), last[-1][1])
    out = [[(t, k) for t, k in sent if t] for sent in out]
    return [sent for sent in out if sent]


def subtitles_layout(rng, lang, tpl, ctx, *, offer, seek, filler, abroad):
    cues = []
    if rng.random() < 0.6:
        cues.append([one(rng, tpl["title"], OTHER, ctx)])
    body = list(offer) + ([filler] if rng.random() < 0.25 else [])
    body = place(rng, body, seek, first=0.3, last=0.3)
    while body:  # a cue holds one sentence, sometimes two
        n = 2 if len(body) > 1 and rng.random() < 0.3 else 1
        cues.append(body[:n])
        body = body[n:]
    if rng.random() < 0.6:
        cues.append([one(rng, tpl["end"], OTHER, ctx)])
    lines: list = []
    t = rng.randint(300, 2500)
    for i, cue in enumerate(cues, 1):
        dur = rng.randint(2200, 5800)
        head = f"{i}\n{timecode(t)} --> {timecode(t + dur)}"
        t += dur + rng.randint(80, 600)
        if lines:
            lines.append([])
        lines += [[[(head, OTHER)]], subtitle_text(cue, lang)]
    return lines


def tour_layout(rng, lang, tpl, ctx, *, offer, seek, filler, abroad):
    lines = [[one(rng, tpl["head"], OTHER, ctx)]]
    if rng.random() < 0.8:
        lines.append([greeting(rng, tpl, ctx, abroad)])
    body = list(offer) + ([filler] if rng.random() < 0.3 else [])
    if rng.random() < 0.4:
        body.insert(rng.randint(0, len(body)), one(rng, tpl["stage"], OTHER, ctx))
    lines += [[s] for s in place(rng, body, seek, first=0.3, last=0.3)]
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["closing"], OTHER, ctx)])
    return lines


def phone_layout(rng, lang, tpl, ctx, *, offer, seek, filler, abroad):
    lines = []
    if rng.random() < 0.7:
        lines.append([one(rng, tpl["head"], OTHER, ctx)])
    greet = greeting(rng, tpl, ctx, abroad)
    menu = [one(rng, tpl["menu"], OTHER, ctx)]  # one set of keys, sometimes a hold line after
    if rng.random() < 0.5:
        menu.append(one(rng, tpl["hold"], OTHER, ctx))
    body = list(offer) + ([filler] if rng.random() < 0.25 else [])
    if rng.random() < 0.5:  # the want among the menu options
        spoken = [greet, *body, *place(rng, menu, seek, first=0.5, last=0.3)]
    else:
        spoken = [greet, *place(rng, body, seek, first=0.3, last=0.5), *menu]
    if rng.random() < 0.5:  # one paragraph, as a recording script often is
        lines.append(spoken)
    else:
        lines += [[s] for s in spoken]
    return lines


LAYOUT = {
    "livestream host script": livestream_layout,
    "tv news package": tv_layout,
    "video subtitles": subtitles_layout,
    "showroom tour narration": tour_layout,
    "phone greeting script": phone_layout,
}
MAX_UNITS = 9  # sentences and lines of a document (a subtitle track: at most MAX_CUES cues)
MAX_CUES = 5


def fits(genre: str, lines: list) -> bool:
    if genre == "video subtitles":
        return sum(not line for line in lines) + 1 <= MAX_CUES
    units = sum(len(line) + sum(t.count("\n") for sent in line for t, _ in sent) for line in lines)
    return units <= MAX_UNITS


def render(lines: list, sep: str) -> list[list[str]]:
    """The (text, kind) segments of a document, separators kept at the end of a segment."""
    out: list[list[str]] = []
    for li, line in enumerate(lines):
        for si, sentence in enumerate(line):
            for ci, (text, kind) in enumerate(sentence):
                end = sep if ci == len(sentence) - 1 and si < len(line) - 1 else ""
                out.append([text + end, kind])
        if li < len(lines) - 1:
            out[-1][0] += "\n"
    return out


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------
def shape(text: str) -> str:
    """A rough reading of how a want is phrased (for the summary only)."""
    if "?" in text or "？" in text:
        return "question"
    if '"' in text or "同期声" in text:
        return "quotation"
    if re.search(r"(If|如果|If you|能遇到)", text):
        return "condition"
    if re.search(r"plan|goal|Next|计划|目标|下一步|交代", text):
        return "plan"
    if re.match(r"(LOWER THIRD|【字幕】|[A-Za-z' ]{0,18}:|[\u4e00-\u9fff]{1,6}：)", text):
        return "label"
    if re.search(r"VO:|【解说】|老板说|boss|常说|president|team is", text):
        return "third person"
    return "statement"


def build() -> tuple[dict, dict, dict, dict]:
    rng = random.Random(SEED)
    USED_NAMES.clear()
    roles: list[tuple[str, str, str, str]] = []  # side, chain, stage, want
    coverage, possible = 0, 0
    for key, cn in zip(CHAINS, cn_roles(rng, COMBOS, n_cn=N_CN, n_chains=len(CHAINS)), strict=True):
        us, score = us_roles(rng, cn, COMBOS, n_us=N_US)
        coverage += score
        possible += possible_traps(cn, COMBOS)
        roles += [("CN", key, s, w) for s, w in cn] + [("US", key, s, w) for s, w in us]
    n_cn, n_us = N_CN * len(CHAINS), N_US * len(CHAINS)
    cn_slots = slots(rng, n_cn, "en", round(MINORITY_SHARE * n_cn), "zh", genres=GENRES)
    us_slots = slots(rng, n_us, "zh", round(MINORITY_SHARE * n_us), "en", genres=GENRES)
    orgs, segs, meta = [], {}, {}
    flags: Counter = Counter()
    count = {"CN": 0, "US": 0}
    for side, key, stage, want in roles:
        genre, lang = (cn_slots if side == "CN" else us_slots)[count[side]]
        count[side] += 1
        oid = f"{PREFIX}{side.lower()}{count[side]:03d}"
        org, seg = make_org(
            rng, oid, side, key=key, stage=stage, want=want, genre=genre, lang=lang, flags=flags
        )
        orgs.append(org)
        segs[oid] = seg
        meta[oid] = (side, key, stage, want, genre, lang)
        flags[position(seg)] += 1
        flags["shape: " + shape("".join(t for t, k in seg if k == SEEK))] += 1
    partners: dict[str, list[str]] = {}
    for a, (sa, ka, xa, wa, *_rest) in meta.items():
        for b, (sb, kb, xb, wb, *_more) in meta.items():
            if sa != sb and ka == kb and xa == wb and xb == wa:
                partners.setdefault(a, []).append(b)
    gold = {
        "partners": partners,
        "roles": {i: f"{m[1]}:{m[2]}>{m[3]}" for i, m in meta.items()},
        "split": dict.fromkeys(meta, "corpus"),
        "genres": {i: m[4] for i, m in meta.items()},
    }
    profiles = {"format": "tradebridge-profiles/1", "organizations": orgs}
    flags[f"traps covered (of {possible} possible)"] = coverage
    return profiles, gold, segs, {"meta": meta, "flags": flags}


def check(profiles: dict, gold: dict, segs: dict, meta: dict) -> None:
    """The corpus is consistent: segments, partners, roles, ids, names, genres and languages."""
    orgs = profiles["organizations"]
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)) == len(CHAINS) * (N_CN + N_US)
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "company names repeat"
    n = len(PREFIX)
    assert all(
        re.fullmatch(rf"{PREFIX}(cn|us)\d{{3}}", i) and i[n : n + 2] == o["side"].lower()
        for i, o in zip(ids, orgs, strict=True)
    )
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert list(o["name"]) == [lang] and text.strip() == text and text
        assert "".join(t for t, _ in segs[o["id"]]) == text, o["id"]
        assert all(t and k in (OFFER, SEEK, OTHER) for t, k in segs[o["id"]]), o["id"]
        kinds = {k for _, k in segs[o["id"]]}
        assert SEEK in kinds and OFFER in kinds, o["id"]
        assert "{" not in text and "}" not in text and "@" not in text, o["id"]
        assert "  " not in text and " \n" not in text, o["id"]
        side, _, _, _, genre, m_lang = meta[o["id"]]
        assert len(text.split("\n")) <= (4 * MAX_CUES if genre == "video subtitles" else 10)
        assert m_lang == lang and side == o["side"]
    for i, role in gold["roles"].items():
        key, sw = role.split(":")
        s, w = sw.split(">")
        assert key in CHAINS and w in NEIGHBOURS[s], (i, role)
    for i in ids:
        if i.startswith(f"{PREFIX}cn"):
            assert gold["partners"].get(i), f"{i} has no partner"
    for a, bs in gold["partners"].items():
        assert all(a in gold["partners"][b] for b in bs)
    by = Counter((g, meta[i][5]) for i, g in gold["genres"].items())
    assert all(by[g, lang] for g in GENRES for lang in ("zh", "en")), by


def main() -> None:
    profiles, gold, segs, info = build()
    meta, flags = info["meta"], info["flags"]
    check(profiles, gold, segs, meta)
    for suffix, data in (("", profiles), ("_gold", gold), ("_segments", segs)):
        (HERE / f"roles_corpus13{suffix}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    orgs = profiles["organizations"]
    print(f"roles_corpus13: {sum(o['side'] == 'CN' for o in orgs)} CN x {sum(o['side'] == 'US' for o in orgs)} US, "
          f"{len(gold['partners'])} companies with a partner, chains: {', '.join(CHAINS)}")  # fmt: skip
    for g in GENRES:
        c = Counter((m[0], m[5]) for m in meta.values() if m[4] == g)
        print(
            f"  {g:24s} "
            + "  ".join(f"{s}-{lang}:{c[s, lang]}" for s in ("CN", "US") for lang in ("zh", "en"))
        )
    print("  languages:", dict(Counter((m[0], m[5]) for m in meta.values())))
    print("  stages:", dict(sorted(Counter(f"{m[0]}-{m[2]}" for m in meta.values()).items())))
    print("  roles:", dict(sorted(Counter(f"{m[2]}>{m[3]}" for m in meta.values()).items())))
    kinds = Counter(k for seg in segs.values() for _, k in seg)
    print("  segments:", dict(kinds))
    other_stage = 0
    for o in orgs:
        name, stage = next(iter(o["name"].values())), meta[o["id"]][2]
        hits = {s for s, ws in STAGE_WORDS.items() for w in ws if w in name}
        other_stage += bool(hits - {stage, "M" if stage == "R" else stage})
    print(
        "  hard cases:",
        dict(sorted(flags.items())),
        f"names with a role word of another stage: {other_stage}",
    )


if __name__ == "__main__":
    main()
