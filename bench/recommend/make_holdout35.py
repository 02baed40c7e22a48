# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-fifth held-out ROLE set: ``roles_holdout35.json`` / ``roles_holdout35_gold.json``.

    python bench/recommend/make_holdout35.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study, comparison or
speed script, no ``*.json`` content (``check`` only searches the other files for this set's
ids; this set's own output was looked at only through ``build()``), and no Python importing
the engine was run. Only ``make_holdout34.py`` was read in full (format, construction and check
code: its layout, gold and check code is copied here, not imported, with the changes listed
below); of the other ``make_*.py`` only the module docstrings were read, to keep the chains and
the kinds of text new; of ``/tmp/nv`` only ``chainkeys.txt``, the 485 earlier chain keys
(``_EARLIER``; ``check`` asserts that no key of this set is among them); of ``pyproject.toml``
only the ruff settings. The id prefixes ``q6cn`` / ``q6us`` occur in no other file (``grep -l
'"q6' bench/recommend/*.json`` printed no file before this set was written; ``check`` asserts
it over every ``*.json`` beside this script). Nothing may be fitted or tuned on this set.

What it tests, as set 34 does: profiles written by the companies themselves, in free text
only, in both languages; a Chinese maker seeking a US distributor must find that distributor
above US makers of the same goods that seek distributors too. New here: a domain no earlier set
used (workplace safety supplies) and two kinds of company-written text no earlier generator's
docstring names (a conference sponsor profile and the head's welcome message on the website).

Novelty, checked with ``grep -ilF`` over ``bench/recommend/make_*.py`` and
``bench/recommend/*.json``, printing file names only. Every product (under each of its trade
names), end-user phrase, role noun, detail and material of the chains below, the places, the
US cities, sponsor levels, name parts, customers' and people's names and the header lines,
English and Chinese, was grepped as a full phrase (838 phrases): none matches but the two
headers of the "About us" kind that set 34 and many sets share (公司简介, About Us). The words
of the new kinds matched nothing (赞助, 赞助商, 会刊, 赞助商展桌, sponsor profile, sponsor
table, Why we sponsor, Coffee Break Sponsor, 总经理致辞, 董事长致辞, 致访客, message from our
president, Welcome Message, 感谢您访问) but "sponsor" alone (corpus 1, sets 22, 27, as a word in
other text) and 致辞 alone (corpus 5), which are used only inside the clean phrases. Replaced
after a match: stone fabrication shop / 石材加工厂 (set 17), harness factory and harness OEM
(set 27's dog harnesses; now fall-arrest harness factory / OEM, 全身式安全带工厂), school bus
operator (set 23; now student transportation contractor), auto assembly plant / 汽车总装厂 (set
21; now tractor assembly plant), beverage co-packer (corpora 7, 14; now paper converting plant),
insulated shackles / 绝缘锁梁 and 锁具 (set 16's padlocks, set 30), nylon compound (corpus 13,
set 32); detail figures that an earlier text has word for word (仓库8个, 网点25个, 门店45家,
门店70家, 门店150家, 客户3000家, 仓库面积2万平方米, 70 / 60 / 30 containers a year, 500
technicians, 20,000 units shipped a year, 5 million harnesses a year and others); the name
parts Hengtai, Kangrui, Huchen, Boxin, Ashford, Bellamy, Crestview, Evergreen, Fairmont,
Ironwood, Kingsley, Larkspur, Norcross, Redstone, Silverline, Thornton, Whitmore; the customers
恒达, 宝丰, 新元, 嘉禾, 永信, 德润, 万隆, Hargrove, Pennington, Calloway, Bramwell, Ashcroft,
Dunmore; the people He Wei, Rachel Donovan, Marcus Bell, Greg Sorensen; the headers MEMBER
PROFILE, New Member, 会员风采, Matchmaking request, 对接需求, EXHIBITOR, ABOUT, Our Company,
Listing, WELCOME, 关于我们, 企业介绍, 简介, and "Thank you for visiting" (corpus 8, set 21).
Candidate places that matched were not used (如东, 昆山, 太仓, 吴江, 泰州, 玉环, 路桥, 常州, 郑州,
永康, 缙云, 东阳, 常熟, 诸暨, 新昌, 遂昌, Lishui, Daxi; Lubbock, Duluth, Sioux Falls, Peoria,
Baton Rouge, Bakersfield, Yakima, Ogden, Omaha, Erie, Roanoke, Green Bay, Beaumont, Battle
Creek, Fargo, Spartanburg). Single words that match inside other text and are kept inside
longer phrases that match nothing: vest, goggle (the ski goggles that sets 23-26 dropped),
meltblown / 熔喷 and absorbent (set 17, whose chains include air filters and diapers), harness, 反光 (corpus 13's
safety signs, sets 23, 25, 27), 急救 (set 11), 吸附 (corpus 15), 传感器, ANSI, ISEA (set 9),
ATEX, toll, millwork (corpus 4), quarry, restoration, sewer, tractor, power plant, container
terminal (``validation.json``), locomotive and 口罩 (``industries.json`` only). The abbreviation PPE and 劳保
(corpora 6, 13, set 9) are not used. Earlier chain keys near this domain are other goods:
glove (work gloves), helmet (sports helmets), safetysign, extinguisher, turnout, padlock. The
chain keys below occur in no text.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains of workplace safety supplies, a domain no earlier set used (not the
  electrical installation supplies of set 34, the photo and video gear of set 33, the vehicle
  aftermarket of set 32, the livestock equipment of set 31 or the janitorial supplies of set
  30), all goods China exports to the US in volume and the US makes and sells too: hi-vis
  safety vests, safety glasses, foam earplugs, disposable (N95) respirators (personal
  protective wear); full-body fall-arrest harnesses, first aid kits, emergency eyewash stations
  (fall protection and emergency care); spill kits and absorbents, portable gas detectors,
  lockout/tagout devices (site hazard control). Keys: hivisvest, safetyspecs, foamearplug,
  respmask, fallharness, firstaidkit, eyewashstn, spillkit, gasdetector, lockoutkit. Stages R
  raw material or key component (glass bead reflective fabric mill, microprismatic film maker,
  anti-fog hardcoat supplier, slow-recovery foam maker, meltblown fabric mill, nose wire maker,
  forged D-ring maker, elastic bandage mill, eyewash spray head maker, heat trace maker,
  oil-absorbing fiber maker, corn cob granule processor, electrochemical sensor maker, piezo
  buzzer maker, hasp stamping shop, danger tag printer…), M maker, D distributor / importer /
  wholesaler / agent, E end buyer or user (airport ground handling company, toll road
  operator, pavement striping contractor, auto salvage yard, millwork shop, boat repair yard,
  indoor shooting range chain, motor speedway operator, rock quarry operator, collision repair
  chain, disaster restoration company, cotton gin, steel erection contractor, billboard
  company, bridge inspection firm, student transportation contractor, last-mile delivery
  company, handyman franchise, battery recycling plant, electroplating shop, compounding
  pharmacy group, container terminal operator, locomotive repair shop, chemical tank farm
  operator, natural gas utility, sewer cleaning contractor, grain fumigation company, tractor
  assembly plant, power plant maintenance contractor, paper converting plant). Each company is
  at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks
  M or D). Four, three and three chains per sector.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q6cn001``... and ``q6us001``...
  shuffled within each side; gold partners (same chain, each one's stage what the other
  seeks, both ways), and beside every CN company's partner a US competitor (same stage, same
  want), a US company offering what it seeks but seeking something else and one wanting its
  goods but offering nothing it seeks (where the stages allow), then companies at other stages
  and of the other chains: constructed as in set 34 (``needs``, ``lay_out``), with one change:
  a layout is kept only when every CN company has exactly one US partner (``check`` asserts
  it; 40 gold pairs).
* CN companies write mainland business Chinese (eight write English, spread over the kinds);
  US companies write English (seven write Chinese, one per kind). Free text only: no offer or
  seek codes, no stage words.
* Seven kinds of profile, all the company's own text: the five of set 34, with templates
  written anew, and two new ones, 5 or 6 CN and 10 US each: the "About us" paragraph of its
  directory page (公司简介 / About Us; first person); an entry of the trade body's member
  directory (会员名录 / Member listing, category line; third person, terse); an exhibitor or
  hosted-buyer profile in a fair catalogue (展位 / Booth; the company in the third person, the
  want in the first); a member profile on the chamber's site (会员展示 / Member Highlight;
  third person); the free-text field of a match-making request form (对接意愿 / Meeting wish
  list; first person); NEW: the sponsor profile a company sends for a safety conference's
  programme book (赞助商介绍, 大会会刊｜赞助单位, 【金牌赞助商】 / SPONSOR PROFILE, Gold
  Sponsor, Coffee Break Sponsor: the sponsor level, the years it has sponsored, its sponsor
  table; the company in the third person, the want in the first, "茶歇时欢迎交流", "let's talk
  over coffee"); NEW: the welcome message of the company's head on its own website (总经理致辞,
  董事长致辞, 致访客 / A Message from Our President, Welcome Message, From Our CEO: first person,
  "感谢您访问…", "It is my pleasure to introduce…", "A big part of my job this year is…",
  signed "总经理 …" or with name and title). Per kind and language: six offer templates, four
  want templates of each of the two named kinds, two or three plan frames, four filler lines,
  headers and closing lines; the directory entries and match-making requests also have
  one-sentence forms holding both (8 profiles).
* Profiles run from one to five sentences below an optional header. The goods go by their
  trade names and synonyms (hi-vis vests, ANSI Class 2 vests, 反光马甲; N95s, 防尘口罩; corded
  earplugs, 泡棉耳塞; drench showers, 冲淋洗眼器; oil-only absorbents, 吸油棉; four-gas
  monitors, 四合一气体检测仪; breaker lockouts, 断路器锁定器…), the partner by a role noun of its
  chain, by a role word and the goods, or only by role and country. Three kinds of want, two
  to two to one on each side: with a verb of seeking, naming the partner without one, and a
  plan that describes the partner by what it would do, with no role noun (plans, negations,
  served-customer lines and material wants written anew). ``check`` asserts that the cue words
  occur anywhere in a profile exactly when its want is of the first kind, and that no plan
  names a noun, specific or generic, of the stage sought.
* Hard cases as in set 34, with its checks and quotas: customers already served named in the
  profile (of a stage other than the one sought; 12), negated wants ("本次不对接…", "恕不接待…",
  "No … this time, thank you", "… need not reach out"; 7), role words in company names that
  differ from the company's stage (9), wants naming only a generic role and the country (9),
  a maker's want named by its input material (5). The want comes first, in the middle or last.
  Head counts are kept above any count of people a profile gives.

Changes to set 34's code: the chains, places, names and all templates; two more kinds of text
(``sponsor``, ``welcome``; slots ``level`` and ``table``) and seven writers of Chinese on the US
side; the layout's one-partner rule and its check; the head-count rule (people in the details,
at most 1,800 staff where a detail counts none); the checks of the counts per kind (5 or 6 CN,
10 US), of the 485 earlier keys and of '"q6' in every other ``*.json``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20350417
NAME = "roles_holdout35"
PREFIX = {"CN": "q6cn", "US": "q6us"}

# Chain keys used by earlier sets (/tmp/nv/chainkeys.txt as given to this helper, 485 keys);
# none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed bedtoolbox beef beer "
    "bellowsbox berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame "
    "boba boiler bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet cable "
    "cablegland cabletie cabletray calculator calfhutch camcage camper camslider candle carpet "
    "cart carton cartridgefuse carwash cashmere casket catheter catlitter cattree caulkgun "
    "ceilingfan cement centrifuge cfrp chair chalk changingstation charging chessset "
    "choppingboard chopstick cider climbhold clipper cnc coathanger cocoa coffee coldchain "
    "compressor cone confetticannon conveyor cookware cosmetics costume countertop countingframe "
    "cowbrush craftglitter crayon croquetset crowdbarrier crucible crusher cueglass cuirass cup "
    "dairy dartboardset dashcam deicer dentalunit desal desk dialyzer diaper diffbox dinnerware "
    "doccam dogharness dressing driedfruit drillbit drip drone dropliner drumhead dryer drywall "
    "dumpling duvet earbuds eartag ebike ebus egg electrode electrolyser elecwinch elevator "
    "embhoop energydrink envelope epoxy esl evcharger excavator extinguisher eyelash eyewear "
    "fabricdye farrowcrate fastener faucet fencer fertilizer fgmesh film firework flatglass "
    "floorliner floorpad floss flour foldfan footwear forklift formula fountainpen fries "
    "frozenveg furniture gardenstatue garlic garment gearbox generics ginseng glassmosaic glove "
    "glueboard goalnet golf grabbar greenhouse greentea greetingcard grindwheel gripstand "
    "groundrod grout guitar gummy h2tank hairdryer hairdye hamaca handbag hangtag haynet "
    "hearingaid heatexchanger heatpump heatshrink heavybag helmet hinge hoist honey horserug hose "
    "hotpot hotsauce hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense "
    "indgas infieldmix ink insectlight insulator intumescent inverter ivd jewelry jigsawpuzzle "
    "juice karaokeset kayak keg keypad keyscreen kimchi kitecraft knife knitneedle kombucha "
    "kscope ladder lanyard latexballoon laundry lcdmodule led ledstreet lensfilter lickblock "
    "lightgel lipbalm lithium localization locker loyly lubricant luggage magnet magnetwire "
    "mahjongtiles manhole mannequin marimbawood marinerope marotte massagechair mattress medal "
    "meddev microscope milkliner minibreaker mistmaker mlcc modeltrack moisturemeter mold "
    "mooncake mophead motor mountform mouthharp mower mushroom musicbox musicstand nailpolish "
    "netpen noodle nuts nylonyarn oatmilk oliveoil oring outletbox oven padlock paint pallet "
    "paperbag pasta pcb peach pencil perfume petfood phonecase phototripod piano pickle "
    "pickleball pictureframe pigfeeder pillow pinatacraft pingpong pipe pipette pipingtip piste "
    "playingcard popcorn posterminal pouch poultrydrinker powerchip powertool printing projscreen "
    "ptoshaft pump pv racking radiator railcar rainbarrel razor reagent rebar receiptroll "
    "reedcane reefer ribbon rice ricecooker ricenoodle rigidbox ringlamp robot robotarm robovac "
    "rollerchain roofing rubbermulch saddle safetysign sandwichpanel sanitizer sausage sawblade "
    "scaffold scooter scrappaper scrubs seafood sealant seamlesspaper seatcover seating seaweed "
    "seedcoat sesameoil sewing shampoo shockabsorber shredder sidestep silk sink skidplate "
    "slatfloor smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce sparkplug "
    "spcfloor spice sportswear spring stagedrape stagetruss stallmat stapler startelescope "
    "stickynote storage stretchfilm stroller sugar sunglasses sunscreen surfboard surgeprotector "
    "suture swimwear swingseat syringe tackle tamtam tape tea tennisracket tent terrestrial "
    "thermostat tile toiletpartition tonneaucover toothbrush towel toxinbinder toy tractionboard "
    "trampoline transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre "
    "ukulelekit umbrella upvcprofile urinalscreen valve vase vending vetvax vinegar violin "
    "visioncam vitamin wallcovering wallet wallreceptacle walnut wastecart wastewater watch water "
    "watermeter watertrough waxwrap weldwire wetwipe wheelchair whiteboard wig wind windcock "
    "window windowsqueegee windshade wine wiperblade wireconnector wrench xmastree yeast yogamat "
    "zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); the goods under their usual trade names (zh names, en
# names: the company's own goods for M, D and E, and what plans and role-and-goods wants name);
# what its end users do (zh, en; a relative-clause verb phrase, for the wants implied by a plan);
# per stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th
# noun; the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en).
# The keys are words no description contains (texts write "spill kits", never the key).
# ---------------------------------------------------------------------------------------------
WEAR = ("个体防护穿戴用品", "Personal protective wear")
HEIGHT = ("高处作业与应急救护", "Fall protection and emergency care")
HAZARD = ("现场危害管控", "Site hazard control")
CHAINS: dict[str, dict[str, object]] = {
    "hivisvest": {
        "sector": WEAR,
        "product": (("反光背心", "反光安全背心", "高可视警示背心", "交通反光马甲"),
                    ("hi-vis safety vests", "high-visibility vests", "reflective safety vests", "ANSI Class 2 vests")),
        "use": ("每天安排大批人员在车流旁作业", "put crews to work beside live traffic every day"),
        "R": (("玻璃微珠反光布厂", "荧光网眼布厂", "微棱镜反光膜厂"),
              ("glass bead reflective fabric mill", "fluorescent mesh knitter", "microprismatic film maker"),
              ("反光布年产3000万米", "网眼布年产1.5万吨", "反光膜年产800万平方米"),
              ("30 million m of reflective fabric a year", "15,000 t of mesh a year", "8 million sq m of film a year")),
        "M": (("反光背心工厂", "警示服制造商", "反光背心OEM工厂"),
              ("safety vest factory", "high-visibility apparel maker", "hi-vis vest OEM"),
              ("年产反光背心2000万件", "产品符合ANSI/ISEA 107标准", "接受客户商标，3000件起订"),
              ("20 million vests a year", "ANSI/ISEA 107 compliant", "customer logos from 3,000 pieces")),
        "D": (("安全防护用品进口商", "工业安全用品批发商", "反光背心代理商"),
              ("safety products importer", "industrial safety supply wholesaler", "hi-vis apparel distributor"),
              ("年进口防护用品120个货柜", "仓库13个", "年出货反光背心150万件"),
              ("120 containers of protective goods a year", "13 warehouses", "1.5 million vests shipped a year")),
        "E": (("机场地勤服务公司", "收费公路运营公司", "道路划线公司"),
              ("airport ground handling company", "toll road operator", "pavement striping contractor"),
              ("地勤人员2000人", "管理收费站60座", "划线队伍40支"),
              ("2,000 ramp agents", "60 toll plazas", "40 striping crews")),
        "material": (("玻璃微珠反光布", "荧光网眼布", "微棱镜反光膜"),
                     ("glass bead reflective fabric", "fluorescent polyester mesh", "microprismatic reflective film")),
        "places": (("海门", "启东", "通州"), ("Haimen", "Qidong", "Tongzhou")),
    },
    "safetyspecs": {
        "sector": WEAR,
        "product": (("安全眼镜", "防护眼镜", "防冲击护目镜", "防雾安全眼镜"),
                    ("safety glasses", "protective spectacles", "impact-rated goggles", "anti-fog safety glasses")),
        "use": ("车间里每班都有几百名工人在机器旁干活", "run shop floors with hundreds of people at machines every shift"),
        "R": (("防雾加硬涂液厂", "护目镜片毛坯厂", "软质鼻托厂"),
              ("anti-fog hardcoat supplier", "lens blank molder", "soft nose pad maker"),
              ("涂液年产600吨", "镜片毛坯年产1亿片", "鼻托年产3亿对"),
              ("600 t of coating a year", "100 million lens blanks a year", "300 million pairs of nose pads a year")),
        "M": (("安全眼镜工厂", "防护眼镜制造商", "护目镜OEM工厂"),
              ("safety glasses factory", "protective spectacles maker", "goggle OEM"),
              ("年产安全眼镜3000万副", "产品通过ANSI Z87.1认证", "客户商标5000副起做"),
              ("30 million pairs a year", "ANSI Z87.1 certified", "customer branding from 5,000 pairs")),
        "D": (("防护用品进口商", "工业维修用品分销商", "安全眼镜代理商"),
              ("protective equipment importer", "MRO supply distributor", "safety glasses distributor"),
              ("年进口防护用品70个货柜", "网点27个", "年出货安全眼镜200万副"),
              ("75 containers a year", "27 branches", "2 million pairs shipped a year")),
        "E": (("汽车拆解厂", "木作加工厂", "游艇维修厂"),
              ("auto salvage yard", "millwork shop", "boat repair yard"),
              ("年拆解车辆3万辆", "工人300人", "维修泊位80个"),
              ("30,000 vehicles dismantled a year", "300 shop workers", "80 repair slips")),
        "material": (("防雾加硬涂液", "护目镜片毛坯", "软质鼻托"), ("anti-fog hardcoat", "protective lens blanks", "soft nose pads")),
        "places": (("瓯海", "龙湾", "鹿城"), ("Ouhai", "Longwan", "Lucheng")),
    },
    "foamearplug": {
        "sector": WEAR,
        "product": (("防噪音耳塞", "隔音耳塞", "泡棉耳塞", "带线耳塞"),
                    ("foam earplugs", "disposable earplugs", "corded earplugs", "hearing protection plugs")),
        "use": ("在高噪音环境里整班作业", "keep people working full shifts in loud places"),
        "R": (("慢回弹泡棉厂", "耳塞编织线厂", "耳塞盒注塑厂"),
              ("slow-recovery foam maker", "braided earplug cord maker", "earplug case molder"),
              ("泡棉年产5000吨", "编织线年产2亿米", "耳塞盒年产1亿只"),
              ("5,000 t of foam a year", "200 million m of cord a year", "100 million cases a year")),
        "M": (("耳塞工厂", "听力防护用品制造商", "耳塞OEM工厂"),
              ("earplug factory", "hearing protection maker", "earplug OEM"),
              ("年产耳塞10亿副", "降噪值NRR 33分贝", "支持客户自有品牌，2万副起订"),
              ("1 billion pairs a year", "NRR 33 dB rated", "own-brand packs from 20,000 pairs")),
        "D": (("听力防护产品进口商", "工厂用品批发商", "耳塞代理商"),
              ("hearing protection importer", "plant supplies wholesaler", "earplug distributor"),
              ("年进口耳塞40个货柜", "常备工厂用品9000种", "年出货耳塞5000万副"),
              ("40 containers of earplugs a year", "9,000 lines in stock", "50 million pairs shipped a year")),
        "E": (("室内射击场连锁", "赛车场运营公司", "采石场运营商"),
              ("indoor shooting range chain", "motor speedway operator", "rock quarry operator"),
              ("靶场47个", "赛道8条", "年产石料500万吨"),
              ("47 ranges", "8 tracks", "5 million t of aggregate a year")),
        "material": (("慢回弹泡棉", "耳塞编织线", "耳塞收纳盒"), ("slow-recovery foam", "braided earplug cord", "earplug cases")),
        "places": (("相城", "张浦", "甪直"), ("Xiangcheng", "Zhangpu", "Luzhi")),
    },
    "respmask": {
        "sector": WEAR,
        "product": (("防尘口罩", "一次性防护口罩", "N95口罩", "折叠式防颗粒物口罩"),
                    ("disposable respirators", "N95 respirators", "dust masks", "NIOSH-approved N95s")),
        "use": ("整天在粉尘里打磨、切割、清扫", "sand, cut and sweep in dust all day"),
        "R": (("熔喷布厂", "鼻梁条厂", "弹力耳带厂"),
              ("meltblown fabric mill", "nose wire maker", "elastic ear loop maker"),
              ("熔喷布年产1.2万吨", "鼻梁条年产20亿根", "耳带年产5亿米"),
              ("12,000 t of meltblown a year", "2 billion nose wires a year", "500 million m of ear loop a year")),
        "M": (("口罩工厂", "呼吸防护用品制造商", "口罩OEM工厂"),
              ("respirator factory", "respiratory protection maker", "N95 OEM"),
              ("年产防护口罩6亿只", "产品获NIOSH认证", "可印客户标识，10万只起订"),
              ("600 million masks a year", "NIOSH approved", "customer print from 100,000 masks")),
        "D": (("呼吸防护产品进口商", "建筑安全用品批发商", "口罩代理商"),
              ("respiratory products importer", "jobsite safety wholesaler", "respirator distributor"),
              ("年进口口罩90个货柜", "门店13家", "年出货口罩3000万只"),
              ("90 containers of masks a year", "13 counters", "30 million masks shipped a year")),
        "E": (("汽车钣喷连锁", "灾后修复公司", "轧花厂"),
              ("collision repair chain", "disaster restoration company", "cotton gin"),
              ("钣喷门店72家", "技工520人", "年轧皮棉5万包"),
              ("72 body shops", "520 technicians", "50,000 bales ginned a year")),
        "material": (("熔喷布", "鼻梁条", "弹力耳带"), ("meltblown filter fabric", "aluminum nose wire", "elastic ear loops")),
        "places": (("仙桃", "潜江", "天门"), ("Xiantao", "Qianjiang", "Tianmen")),
    },
    "fallharness": {
        "sector": HEIGHT,
        "product": (("全身式安全带", "防坠落安全带", "高空作业安全带", "五点式安全带"),
                    ("full-body harnesses", "fall-arrest harnesses", "fall protection harnesses", "five-point safety harnesses")),
        "use": ("天天派人上高处作业", "send people up to work at height every day"),
        "R": (("高强涤纶扁带厂", "锻造D形环厂", "粘合缝线厂"),
              ("polyester strap mill", "forged D-ring maker", "bonded thread maker"),
              ("扁带年产3万吨", "D形环年产4000万只", "缝线年产2000吨"),
              ("30,000 t of strap a year", "40 million D-rings a year", "2,000 t of thread a year")),
        "M": (("全身式安全带工厂", "防坠落装备制造商", "安全带OEM工厂"),
              ("fall-arrest harness factory", "fall protection maker", "fall-arrest harness OEM"),
              ("年产安全带400万条", "产品符合ANSI Z359标准", "客户标签2000条起订"),
              ("4 million full-body harnesses a year", "ANSI Z359 compliant", "customer labels from 2,000 harnesses")),
        "D": (("高空防护产品进口商", "防坠落产品分销商", "安全带代理商"),
              ("fall protection importer", "height safety distributor", "harness distributor"),
              ("年进口防坠落产品50个货柜", "仓库5座", "年出货安全带30万条"),
              ("50 containers a year", "5 warehouses", "300,000 harnesses shipped a year")),
        "E": (("钢结构吊装公司", "户外广告牌公司", "桥梁检测公司"),
              ("steel erection contractor", "billboard company", "bridge inspection firm"),
              ("铁工200人", "广告牌3000块", "检测工程师120人"),
              ("200 ironworkers", "3,000 billboards", "120 inspection engineers")),
        "material": (("高强涤纶扁带", "锻造D形环", "粘合缝线"), ("high-tenacity polyester strap", "forged D-rings", "bonded nylon thread")),
        "places": (("姜堰", "兴化", "高港"), ("Jiangyan", "Xinghua", "Gaogang")),
    },
    "firstaidkit": {
        "sector": HEIGHT,
        "product": (("急救箱", "急救包", "工业急救箱", "车载急救包"),
                    ("first aid kits", "first aid cabinets", "ANSI first aid kits", "vehicle first aid kits")),
        "use": ("员工分散在许多站点和车辆上", "keep staff spread over many sites and vehicles"),
        "R": (("弹性绷带厂", "急救箱外壳注塑厂", "酒精棉片厂"),
              ("elastic bandage mill", "kit case molder", "alcohol prep pad maker"),
              ("绷带年产2亿卷", "外壳年产1000万只", "棉片年产30亿片"),
              ("200 million rolls a year", "10 million cases a year", "3 billion pads a year")),
        "M": (("急救包工厂", "急救用品制造商", "急救包OEM工厂"),
              ("first aid kit factory", "first aid products maker", "first aid kit OEM"),
              ("年产急救包800万套", "按ANSI Z308.1配置", "可按客户清单配置，1000套起"),
              ("8 million kits a year", "ANSI Z308.1 fills", "custom fills from 1,000 kits")),
        "D": (("急救用品进口商", "应急用品批发商", "急救包代理商"),
              ("first aid importer", "emergency supplies wholesaler", "first aid kit distributor"),
              ("年进口急救用品60个货柜", "客户3200家", "年出货急救包40万套"),
              ("65 containers a year", "3,200 accounts", "400,000 kits shipped a year")),
        "E": (("校车运营公司", "末端配送公司", "上门维修连锁"),
              ("student transportation contractor", "last-mile delivery company", "handyman franchise"),
              ("校车1200辆", "配送车辆3000辆", "服务区域150个"),
              ("1,200 buses", "3,000 delivery vans", "150 territories")),
        "material": (("弹性绷带", "急救箱外壳", "酒精棉片"), ("elastic bandages", "kit cases", "alcohol prep pads")),
        "places": (("长垣", "封丘", "滑县"), ("Changyuan", "Fengqiu", "Huaxian")),
    },
    "eyewashstn": {
        "sector": HEIGHT,
        "product": (("洗眼器", "紧急洗眼器", "复合式冲淋洗眼器", "便携式洗眼器"),
                    ("emergency eyewash stations", "eyewash stations", "combination drench showers", "portable eyewash units")),
        "use": ("天天在现场接触酸碱和化学品", "handle acids and caustics on the floor every day"),
        "R": (("洗眼喷头厂", "不锈钢水盆旋压厂", "防冻伴热带厂"),
              ("eyewash spray head maker", "stainless bowl spinning shop", "heat trace maker"),
              ("喷头年产800万只", "水盆年产60万只", "伴热带年产300万米"),
              ("8 million spray heads a year", "600,000 bowls a year", "3 million m of heat trace a year")),
        "M": (("洗眼器工厂", "应急冲淋设备制造商", "洗眼器OEM工厂"),
              ("eyewash station factory", "emergency shower maker", "eyewash OEM"),
              ("年产洗眼器40万台", "产品符合ANSI Z358.1标准", "可按客户图纸定制，200台起订"),
              ("400,000 units a year", "ANSI Z358.1 compliant", "built to customer drawings from 200 units")),
        "D": (("应急冲淋设备进口商", "实验室安全用品分销商", "洗眼器代理商"),
              ("emergency shower importer", "lab safety distributor", "eyewash distributor"),
              ("年进口冲淋设备30个货柜", "常备货品5000种", "年出货洗眼器2万台"),
              ("35 containers a year", "5,000 items in stock", "22,000 units shipped a year")),
        "E": (("电池回收厂", "电镀厂", "配制药房连锁"),
              ("battery recycling plant", "electroplating shop", "compounding pharmacy group"),
              ("年处理废电池5万吨", "电镀线40条", "药房60家"),
              ("50,000 t of batteries a year", "40 plating lines", "60 pharmacies")),
        "material": (("洗眼喷头", "不锈钢洗眼盆", "防冻伴热带"), ("eyewash spray heads", "stainless eyewash bowls", "freeze-protection heat trace")),
        "places": (("温岭", "椒江", "松门"), ("Wenling", "Jiaojiang", "Songmen")),
    },
    "spillkit": {
        "sector": HAZARD,
        "product": (("吸附棉", "吸油棉", "泄漏应急包", "化学品吸附垫"),
                    ("spill kits", "absorbent pads", "oil-only absorbents", "universal spill kits")),
        "use": ("每天在场地里装卸油料和化学品", "move oil and chemicals across their yards every day"),
        "R": (("吸油纤维厂", "应急收纳桶注塑厂", "玉米芯颗粒厂"),
              ("oil-absorbing fiber maker", "spill kit container molder", "corn cob granule processor"),
              ("吸油纤维年产2万吨", "收纳桶年产200万只", "颗粒年产8万吨"),
              ("20,000 t of fiber a year", "2 million containers a year", "80,000 t of granules a year")),
        "M": (("吸附棉工厂", "泄漏应急产品制造商", "吸附材料OEM工厂"),
              ("absorbents factory", "spill control maker", "spill kit OEM"),
              ("年产吸附棉3万吨", "熔喷线16条", "客户包装一个整柜起订"),
              ("30,000 t of absorbents a year", "16 meltblown lines", "customer-branded bags, one container minimum")),
        "D": (("泄漏控制产品进口商", "工业耗材批发商", "吸附棉代理商"),
              ("spill control importer", "industrial consumables wholesaler", "absorbents distributor"),
              ("年进口吸附产品80个货柜", "仓库面积1.7万平方米", "年出货吸附棉3000吨"),
              ("80 containers a year", "180,000 sq ft of warehouse", "3,000 t of absorbents shipped a year")),
        "E": (("集装箱码头公司", "机车检修厂", "化工储罐公司"),
              ("container terminal operator", "locomotive repair shop", "chemical tank farm operator"),
              ("岸桥24台", "年检修机车600台", "储罐120座"),
              ("24 ship-to-shore cranes", "600 locomotives serviced a year", "120 storage tanks")),
        "material": (("吸油纤维", "应急收纳桶", "玉米芯吸附颗粒"), ("oil-absorbing fiber", "spill kit containers", "corn cob absorbent granules")),
        "places": (("金坛", "武进", "崇川"), ("Jintan", "Wujin", "Chongchuan")),
    },
    "gasdetector": {
        "sector": HAZARD,
        "product": (("便携式气体检测仪", "四合一气体检测仪", "单一气体检测仪", "气体报警仪"),
                    ("portable gas detectors", "four-gas monitors", "single-gas detectors", "personal gas monitors")),
        "use": ("经常派人进入储罐、井室等受限空间", "send workers into tanks, vaults and other confined spaces"),
        "R": (("电化学传感器厂", "催化燃烧传感器厂", "压电蜂鸣器厂"),
              ("electrochemical sensor maker", "catalytic bead sensor maker", "piezo buzzer maker"),
              ("传感器年产500万只", "传感器年产200万只", "蜂鸣器年产1亿只"),
              ("5 million sensors a year", "2 million sensors a year", "100 million buzzers a year")),
        "M": (("气体检测仪工厂", "气体检测仪器制造商", "检测仪OEM工厂"),
              ("gas detector factory", "gas detection instrument maker", "gas monitor OEM"),
              ("年产检测仪150万台", "产品有UL和ATEX防爆认证", "可做客户品牌，500台起订"),
              ("1.5 million instruments a year", "UL and ATEX certified", "own-brand runs from 500 units")),
        "D": (("气体检测仪进口商", "安全仪器分销商", "检测仪代理商"),
              ("gas detection importer", "safety instrument distributor", "gas monitor distributor"),
              ("年进口检测仪器25个货柜", "校准中心6个", "年出货检测仪5万台"),
              ("25 containers a year", "6 calibration centers", "50,000 instruments shipped a year")),
        "E": (("燃气管网公司", "下水道疏通公司", "粮仓熏蒸公司"),
              ("natural gas utility", "sewer cleaning contractor", "grain fumigation company"),
              ("巡线工400人", "疏通车150辆", "年熏蒸粮仓900座"),
              ("400 line technicians", "150 vacuum trucks", "900 bins fumigated a year")),
        "material": (("电化学传感器", "催化燃烧传感器", "压电蜂鸣器"), ("electrochemical gas sensors", "catalytic bead sensors", "piezo buzzers")),
        "places": (("新郑", "荥阳", "巩义"), ("Xinzheng", "Xingyang", "Gongyi")),
    },
    "lockoutkit": {
        "sector": HAZARD,
        "product": (("上锁挂牌装置", "能量隔离装置", "断路器锁定器", "上锁挂牌套装"),
                    ("lockout/tagout devices", "lockout kits", "breaker lockouts", "lockout hasps")),
        "use": ("每周都要停机检修大型设备", "shut down and service heavy machinery every week"),
        "R": (("锁定器外壳注塑厂", "锁扣冲压厂", "警示挂牌印刷厂"),
              ("ABS lockout housing molder", "hasp stamping shop", "danger tag printer"),
              ("外壳年产3000万只", "锁扣年产800万只", "挂牌年产1亿张"),
              ("30 million housings a year", "8 million hasps a year", "100 million tags a year")),
        "M": (("上锁挂牌工厂", "能量隔离装置制造商", "上锁挂牌OEM工厂"),
              ("lockout device factory", "lockout/tagout maker", "lockout OEM"),
              ("年产上锁挂牌装置1000万件", "每把锁钥匙编码不重复", "客户标识1000件起订"),
              ("10 million devices a year", "unique keying on every lock", "customer marking from 1,000 pieces")),
        "D": (("工厂安全产品进口商", "维修耗材分销商", "上锁挂牌代理商"),
              ("plant safety importer", "maintenance supply distributor", "lockout distributor"),
              ("年进口安全产品45个货柜", "网点18个", "年出货上锁挂牌装置80万件"),
              ("45 containers a year", "18 branches", "800,000 devices shipped a year")),
        "E": (("拖拉机总装厂", "电厂检修公司", "纸品加工厂"),
              ("tractor assembly plant", "power plant maintenance contractor", "paper converting plant"),
              ("年产拖拉机6万台", "检修人员800人", "加工线25条"),
              ("60,000 tractors a year", "800 maintenance workers", "25 converting lines")),
        "material": (("锁定器外壳", "锁扣毛坯", "危险警示挂牌"), ("ABS lockout housings", "hasp blanks", "danger tags")),
        "places": (("江山", "柯城", "衢江"), ("Jiangshan", "Kecheng", "Qujiang")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("艾奥瓦州锡达拉皮兹", "Cedar Rapids, Iowa"), ("印第安纳州埃文斯维尔", "Evansville, Indiana"),
             ("亚拉巴马州莫比尔", "Mobile, Alabama"), ("得克萨斯州埃尔帕索", "El Paso, Texas"),
             ("密歇根州卡拉马祖", "Kalamazoo, Michigan"), ("阿肯色州史密斯堡", "Fort Smith, Arkansas"),
             ("印第安纳州特雷霍特", "Terre Haute, Indiana"), ("密歇根州萨吉诺", "Saginaw, Michigan"),
             ("亚拉巴马州多森", "Dothan, Alabama"), ("艾奥瓦州达文波特", "Davenport, Iowa"),
             ("伊利诺伊州乔利埃特", "Joliet, Illinois"), ("亚拉巴马州塔斯卡卢萨", "Tuscaloosa, Alabama"),
             ("得克萨斯州拉雷多", "Laredo, Texas"), ("俄亥俄州扬斯敦", "Youngstown, Ohio"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原料供应商", "材料供应商", "配件供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商", "代理商"), "E": ("终端用户", "直接用户", "批量采购客户")},
    "en": {"R": ("materials supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "direct buyer", "volume buyer")},
}  # fmt: skip
# Role words joined to the goods ("a distributor for spill kits", "洗眼器代理商").
ROLE_WORD = {
    "zh": {"R": ("供应商", "生产商"), "M": ("生产厂家", "制造商", "工厂"),
           "D": ("经销商", "进口商", "批发商", "代理商"), "E": ("终端用户", "批量采购客户")},
    "en": {"R": ("supplier", "producer"), "M": ("manufacturer", "maker"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "volume buyer")},
}  # fmt: skip
ROLE_GOODS = {
    "zh": {"R": ("{goods}{r}",), "M": ("{goods}{r}",), "D": ("{goods}{r}",), "E": ("{goods}的{r}",)},
    "en": {"R": ("{r} of {goods}",), "M": ("{r} of {goods}",), "D": ("{r} for {goods}", "{r} of {goods}"),
           "E": ("{r} of {goods}",)},
}  # fmt: skip
# Words naming traders in negations only ("贸易公司暂不合作", "No sourcing agents this time").
NEG_TRADERS = {"zh": ("贸易公司", "中介"), "en": ("trading house", "sourcing agent")}

# What a company does, by stage ({goods}: its material for R, the chain's goods otherwise);
# English as (third person, first person).
DOES = {
    "zh": {"R": ("生产{goods}", "专业生产{goods}", "主要供应{goods}"),
           "M": ("生产{goods}", "专业制造{goods}", "设计生产{goods}"),
           "D": ("经销{goods}", "进口批发{goods}", "做{goods}的分销"),
           "E": ("给员工大量配备{goods}", "每年批量采购{goods}", "日常作业大量使用{goods}")},
    "en": {"R": (("produces {goods}", "produce {goods}"), ("makes {goods}", "make {goods}"), ("supplies {goods}", "supply {goods}")),
           "M": (("manufactures {goods}", "manufacture {goods}"), ("makes {goods}", "make {goods}"),
                 ("designs and produces {goods}", "design and produce {goods}")),
           "D": (("distributes {goods}", "distribute {goods}"), ("imports and wholesales {goods}", "import and wholesale {goods}"),
                 ("stocks and resells {goods}", "stock and resell {goods}")),
           "E": (("equips its crews with {goods}", "equip our crews with {goods}"),
                 ("purchases {goods} in bulk", "purchase {goods} in bulk"))},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text); English
# also in the plural.
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "美国本土{n}", "在美国的{n}", "美国{n}", "靠谱的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the US", "an established US {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "an established Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "中国本土{n}", "在中国的{n}", "中国{n}", "靠谱的中国{n}"),
}  # fmt: skip
WANT_FORMS_PL = {
    ("CN", "en"): ("US {n}", "{n} in the United States", "American {n}", "US-based {n}"),
    ("US", "en"): ("Chinese {n}", "{n} in China", "China-based {n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产{n}", "美国进口的{n}", "美国本土生产的{n}"),
    ("CN", "en"): ("US-made {n}", "{n} made in the US", "{n} sourced from the US"),
    ("US", "en"): ("Chinese-made {n}", "{n} made in China", "{n} sourced from China"),
    ("US", "zh"): ("中国产{n}", "从中国进口的{n}", "中国本土生产的{n}"),
}  # fmt: skip
# Country words for the plans: the partner's country as seen from the company.
COUNTRY = {
    ("CN", "zh"): ("美国", "美国"),
    ("CN", "en"): ("the US", "American"),
    ("US", "en"): ("China", "Chinese"),
    ("US", "zh"): ("中国", "中国"),
}

# A maker's want named by its input material (a cue word, or none); no person.
MATERIAL_WANT = {
    "zh": {"cue": ("正在寻找{want}的稳定货源。", "寻求{want}的年度供货，可先寄样。", "在找{want}，每月用量稳定。"),
           "named": ("{want}：年用量稳定，货源待定。", "今年采购重点：{want}。", "每月都需要{want}。")},
    "en": {"cue": ("Looking for a dependable source of {want}.", "Seeking {want} on a yearly contract; samples welcome.",
                   "Currently searching for {want} in regular monthly lots."),
           "named": ("{want_cap}: regular yearly volume, source still open.", "First item on this year's purchasing list: {want}.",
                     "Regular monthly need for {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want): the partner described by what it would do,
# never by a role noun. Slots: cty cty_adj product use mat mat_own; zh {self} (我们 / 公司),
# en {subj} {poss} (we, our / the company, the company's). Modal verbs only, so that one text
# serves both persons.
PLANS = {
    ("R", "M"): {"zh": ("打算把{mat_own}直接卖给{cty}生产{product}的企业，首批可免费试样。",
                        "新建的{mat_own}产线投产后，一半产能准备留给{cty}的{product}生产线。",
                        "{self}的{mat_own}可以按{cty}{product}企业的规格来做，按月交货。"),
                 "en": ("{subj} would like to sell {poss} {mat_own} straight to companies in {cty} that turn out {product}, with free first samples.",
                        "Half the output of {poss} new {mat_own} line is earmarked for {product} production in {cty}.",
                        "{subj} can run {mat_own} to the specifications of companies in {cty} that build {product}, with monthly deliveries.")},
    ("M", "R"): {"zh": ("明年{mat}打算改从{cty}进货，先签三个月试单。",
                        "今年下半年{mat}的采购要转到{cty}，目标是把成本压低一成。",
                        "新一代产品计划用{cty}产的{mat}，对方要能出具检测报告、按月稳定发货。"),
                 "en": ("Starting next year {subj} will buy {mat} from {cty}, beginning with a three-month trial order.",
                        "In the second half, purchasing of {mat} shifts to {cty}, with the aim of cutting cost by a tenth.",
                        "The next product generation will use {mat} from {cty}, shipped monthly with test reports.")},
    ("M", "D"): {"zh": ("希望{self}的{product}明年能在{cty}本地仓库随时出货，库存和配送交给当地合作方打理。",
                        "今年要让{product}进入{cty}市场，但{self}不打算在当地自建仓库，需要有现货、能送货的合作方。",
                        "计划一年内让{cty}的客户就近买到{self}的{product}，库存由当地合作方持有。"),
                 "en": ("Next year {subj} would like {poss} {product} ready to ship from warehouses in {cty}, with stock and delivery run by a local partner.",
                        "This year {subj} will bring {poss} {product} to the {cty_adj} market without opening a warehouse there, so a partner that keeps local stock is needed.",
                        "Within twelve months, buyers in {cty} should be able to pick up {poss} {product} close to home, from a partner that carries the inventory.")},
    ("M", "E"): {"zh": ("今后{self}想把{product}直接供应给{cty}那些{use}的单位，省掉中间环节。",
                        "明年计划和{cty}几家{use}的大单位签直供协议。",
                        "{self}可以从厂里直接发货给{cty}{use}的单位，按项目报价。"),
                 "en": ("Going forward {subj} would like to supply {product} directly to organizations in {cty} that {use}, cutting out the layers in between.",
                        "Next year {subj} plans direct supply agreements with a few large organizations in {cty} that {use}.",
                        "{subj} can ship {product} from the plant to organizations in {cty} that {use}, priced per project.")},
    ("D", "M"): {"zh": ("明年的产品目录准备加一个{cty}产的{product}系列，价格比现有产品低一档。",
                        "计划引进{cty}生产的{product}，贴{self}自己的牌子卖。",
                        "从下季度开始，{product}准备直接从{cty}源头拿货。"),
                 "en": ("Next year's catalog will gain a {cty_adj}-made range of {product}, a price step below today's lines.",
                        "{subj} would like to sell {product} made in {cty} under {poss} own label.",
                        "From next quarter, {poss} {product} will come straight from the source in {cty}.")},
    ("D", "E"): {"zh": ("仓库里的{product}今年准备直接供给{cty}那些{use}的单位。",
                        "下一步打算在{cty}发展一批{use}的长期客户，每月补货。",
                        "希望{cty}{use}的单位都能直接从{self}的仓库提货。"),
                 "en": ("This year {subj} will offer the {product} in {poss} warehouse directly to organizations in {cty} that {use}.",
                        "{subj} would like a base of repeat accounts in {cty} among organizations that {use}, restocked every month.",
                        "{subj} can deliver {product} from stock within days to organizations in {cty} that {use}.")},
    ("E", "M"): {"zh": ("下一批{product}准备按{self}的图纸在{cty}直接定做。",
                        "从明年起，{product}要在{cty}按{self}的规格专门生产，不再买通用款。",
                        "准备在{cty}出资开专用模具，{product}完全按{self}的要求来做。"),
                 "en": ("{subj} will take {poss} own drawings to {cty} and have the next run of {product} built to them.",
                        "From next year {subj} would like {product} produced in {cty} to {poss} own specification instead of buying standard stock.",
                        "{subj} will pay for dedicated tooling in {cty} so that {product} are made to {poss} requirements.")},
    ("E", "D"): {"zh": ("以后{product}想在{cty}就近补货，十天内送到。",
                        "今年{product}改成在{cty}从当地库存小批量、多批次采购。",
                        "不想再等整柜海运，{product}准备直接在{cty}拿现货。"),
                 "en": ("From now on {subj} would like to restock {product} from inventory already in {cty}, delivered within ten days.",
                        "This year {subj} will reorder {product} in small, frequent lots from stock held in {cty}.",
                        "Rather than wait for full containers, {subj} would like {product} from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找", "找到"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}请勿来电。", "本次不对接{neg}。", "{neg}暂不合作。", "恕不接待{neg}。"),
    "en": ("Not taking calls from {plural} right now.", "{plural_cap} need not reach out.",
           "No {plural} this time, thank you.", "Not working through {plural}."),
}  # fmt: skip
SERVED = {
    "zh": ("目前主要客户是{cnoun}，比如{c1}和{c2}。", "已为{k}家{cnoun}长期供货，包括{c1}、{c2}。", "现有客户中有{c1}、{c2}等{cnoun}。"),
    "en": ("Accounts include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "Existing customers are {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2} are two of the {cnoun_pl} on the customer list.",
           "Regular customers: {cnoun_pl} like {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("泓泰", "凯通", "兆丰", "辰光", "佳诚", "荣昇", "立宏"),
    "en": ("Haverford", "Bixby", "Quenby", "Pritchard", "Sedgwick", "Tarrant", "Drayton", "Holcomb"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of profile, all written by the company itself (or filled in from what it submitted).
# Each: offer templates; want templates of three kinds ("cue": with a verb of seeking, "named":
# naming the partner without one, "plan": a frame around a plan); neutral filler lines
# (founding year, staff, certificates, membership); header lines; trailing lines ("!" marks a
# closing line); "solo": one sentence holding both the offer and the want (cue or named).
# Slots: name it It its noun Noun detail does does3 does1 place year age year_m staff_n k m
# person title hall booth table level sector want want_cap plan. VOICE: 1 for a profile in the
# first person ("we", "我们"), 3 for one in the third person; exhibitor and sponsor profiles
# introduce the company in the third person and state the want in the first, as real ones do.
# The last two kinds are new to this set: the sponsor profile a company sends for a safety
# conference's programme book, and the welcome message of its head on its own website.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "about": {  # the company's own "About us" paragraph on its page in the directory
        "zh": {
            "offer": ("{name}创办于{year}年，坐落在{place}，是一家{noun}，{detail}。",
                      "我们是一家扎根{place}的{noun}，{detail}。",
                      "我们公司{does}，{detail}。",
                      "{name}是{place}的{noun}，{detail}，至今已经营{age}年。",
                      "从{year}年起我们就在{place}{does}，{detail}。",
                      "我们{does}，{detail}，全公司共有员工{staff_n}人。"),
            "cue": ("我们正在寻找{want}，欢迎致电详谈。", "目前公司在物色{want}。", "我们寻求与{want}长期合作。", "今年我们希望找到{want}。"),
            "named": ("我们诚邀{want}洽谈合作。", "欢迎{want}来电来函。", "期待与{want}携手合作。", "我们最看重的合作伙伴是{want}。"),
            "plan": ("{plan}", "下一步计划：{plan}", "未来一年：{plan}"),
            "mid": ("公司已通过ISO 9001和ISO 45001认证。", "公司现有员工{staff_n}人。", "公司创办于{year}年。", "公司总部设在{place}。"),
            "head": ("公司简介", "走进我们", "公司概览"),
            "tail": ("!联系人：{person}（{title}）", "欢迎实地考察。"),
            "solo": (),
        },
        "en": {
            "offer": ("We are a {noun} located in {place}; {detail}.",
                      "{name} was founded in {year} in {place} and {does3}; {detail}.",
                      "Here at {name}, we {does1}; {detail}.",
                      "We have been a {noun} in {place} for {age} years; {detail}.",
                      "{name} is a {noun} based in {place} ({detail}).",
                      "From our base in {place}, we {does1}; {detail}."),
            "cue": ("We are looking for {want} to grow with.", "We seek {want} for a lasting partnership.",
                    "This year we aim to find {want}.", "At the moment we are searching for {want}."),
            "named": ("We welcome conversations with {want}.", "We would be glad to hear from {want}.", "Best partner for us: {want}.",
                      "Our door is open to {want}."),
            "plan": ("{plan}", "What comes next: {plan}", "Our direction: {plan}"),
            "mid": ("Certified to ISO 9001 and ISO 45001.", "Our staff numbers {staff_n}.", "Independently owned since {year}.",
                    "Our offices are in {place}."),
            "head": ("About Us", "In Our Own Words", "Company at a glance"),
            "tail": ("!Contact: {person}, {title}.", "Site visits can be arranged."),
            "solo": (),
        },
    },
    "directory": {  # an entry in the trade body's member directory, third person, terse
        "zh": {
            "offer": ("{name}：{place}{noun}；{detail}。",
                      "{name}地处{place}，{does}，{detail}。",
                      "{place}{noun}，{year}年成立；{detail}。",
                      "{name}为{place}{noun}，{detail}。",
                      "{name}（{place}），{does}；{detail}。",
                      "{name}｜{noun}｜{detail}。"),
            "cue": ("{it}正在寻找{want}。", "寻找{want}。", "{it}在物色{want}。", "{it}寻求{want}，请与秘书处联系。"),
            "named": ("对接意向：{want}。", "拟合作对象：{want}。", "欢迎{want}联系。", "需求：{want}。"),
            "plan": ("合作方向：{plan}", "{plan}", "业务规划：{plan}"),
            "mid": ("员工{staff_n}人。", "{year}年成立。", "ISO 45001认证。", "{year_m}年起为本会会员。"),
            "head": ("【{sector}】", "会员名录·{sector}", "名录条目"),
            "tail": ("!联系人：{person}", "!详细联系方式请登录会员平台查询。"),
            "solo": ("{name}：{place}{noun}，{detail}，正在寻找{want}。", "{name}：{place}{noun}，{detail}；对接意向：{want}。"),
        },
        "en": {
            "offer": ("{name}: {noun}, {place}; {detail}.",
                      "{name} ({place}) {does3}; {detail}.",
                      "{Noun} located in {place}, established {year}; {detail}.",
                      "{name}, a {noun} in {place} ({detail}).",
                      "{name} of {place} {does3}; {detail}.",
                      "{name} | {noun} | {detail}."),
            "cue": ("{It} is looking for {want}.", "Seeking {want}.", "{It} seeks {want}.", "{It} is searching for {want}."),
            "named": ("Partnership interest: {want}.", "Open to introductions to {want}.", "Would welcome contact from {want}.",
                      "Preferred partner: {want}."),
            "plan": ("Outlook: {plan}", "{plan}", "Growth plan: {plan}"),
            "mid": ("Est. {year}.", "{staff_n} staff.", "ISO 45001 certified.", "Member since {year_m}."),
            "head": ("Category: {sector}", "Directory | {sector}", "Member listing"),
            "tail": ("!Contact: {person}", "!Full contact details in the members' area."),
            "solo": ("{Noun} in {place} ({detail}), looking for {want}.", "{Noun} in {place} ({detail}); would welcome contact from {want}."),
        },
    },
    "exhibitor": {  # an exhibitor (or hosted-buyer) profile in a trade fair catalogue
        "zh": {
            "offer": ("{name}是一家来自{place}的{noun}，{detail}。",
                      "{name}成立于{year}年，{does}，{detail}。",
                      "{name}（{place}）{does}；{detail}。",
                      "{name}：{place}{noun}，{detail}。",
                      "{name}在{place}深耕{age}年，{does}，{detail}。",
                      "{name}是一家{noun}，现有员工{staff_n}人，{detail}。"),
            "cue": ("本届展会我们希望找到{want}。", "此次参展的主要目的是寻找{want}。", "我们在找{want}，欢迎到展台面谈。", "我们诚意寻求{want}。"),
            "named": ("欢迎{want}到展台洽谈。", "重点邀约：{want}。", "本届展会最想见到的是{want}。", "期待与{want}在展会现场交流。"),
            "plan": ("{plan}", "参展目标：{plan}"),
            "mid": ("公司第{m}次参加本展。", "展台备有中英文翻译。", "公司员工{staff_n}人。", "通过ISO 45001认证。"),
            "head": ("{hall}号馆 {booth}", "展商介绍", "展位：{hall}号馆{booth}"),
            "tail": ("!展台负责人：{person}", "!可提前预约洽谈时间。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} from {place}; {detail}.",
                      "Established in {year}, {name} {does3}; {detail}.",
                      "{name} ({place}) {does3}: {detail}.",
                      "{name}, a {noun} from {place}, has {age} years in the trade; {detail}.",
                      "Headquartered in {place}, {name} {does3}; {detail}.",
                      "{name} is a {noun} employing {staff_n} people; {detail}."),
            "cue": ("At this show we are looking for {want}.", "We hope to find {want} while we are here.",
                    "Our main aim at the fair is to find {want}.", "We seek {want}; come see us at the booth."),
            "named": ("We would like to meet {want} at our booth.", "Most wanted visitors: {want}.",
                      "Booth appointments welcome from {want}.", "We would be glad to sit down with {want} at the show."),
            "plan": ("{plan}", "Our goal for the show: {plan}"),
            "mid": ("We have exhibited here {m} times before.", "Bilingual staff at the booth.", "{staff_n} employees.", "ISO 45001 certified."),
            "head": ("Booth {hall}-{booth}", "Exhibitor Entry", "Hall {hall}, Booth {booth}"),
            "tail": ("!Booth contact: {person}", "!Appointments can be booked ahead of the show."),
            "solo": (),
        },
    },
    "member": {  # a member profile in the chamber's online directory, third person
        "zh": {
            "offer": ("{name}自{year_m}年起成为本会会员，{does}，{detail}。",
                      "会员企业{name}是{place}的{noun}，{detail}。",
                      "{name}创建于{year}年，总部位于{place}，{does}；{detail}。",
                      "{name}，{noun}，{detail}，员工{staff_n}人。",
                      "{name}在{place}发展{age}年，{does}，{detail}。",
                      "本会会员{name}是{place}的一家{noun}，{detail}。"),
            "cue": ("{it}目前在寻找{want}。", "{it}希望借助商会平台寻找{want}。", "{it}正在物色{want}，有意者请联系秘书处。", "{it}寻求与{want}建立合作。"),
            "named": ("{it}请会员单位推荐{want}。", "{it}希望商会帮助对接{want}。", "{it}的合作意向：{want}。", "{it}欢迎{want}联系洽谈。"),
            "plan": ("{plan}", "{it}的发展计划：{plan}", "合作意向说明：{plan}"),
            "mid": ("员工{staff_n}人。", "本会理事单位。", "通过ISO 9001认证。", "成立于{year}年。"),
            "head": ("会员展示", "会员一览", "新入会员"),
            "tail": ("!对接事宜请联系商会秘书处。", "!联系人：{person}，{title}。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} of {place}, a member since {year_m}, {does3}; {detail}.",
                      "{name} is a {noun} based in {place}; {detail}.",
                      "Established in {year}, {name} {does3}; {detail}.",
                      "{name} ({noun}, {place}) employs {staff_n} people; {detail}.",
                      "Member company {name} of {place} {does3}; {detail}.",
                      "{name} has worked as a {noun} for {age} years; {detail}."),
            "cue": ("{It} is looking for {want}.", "{It} hopes to find {want} through the chamber.",
                    "{It} seeks {want}; members who can help should contact the secretariat.", "{It} is searching for {want}."),
            "named": ("{It} would value introductions to {want}.", "{It} asks fellow members to recommend {want}.",
                      "Partner of interest: {want}.", "{It} would like to be put in touch with {want}."),
            "plan": ("{plan}", "On the agenda: {plan}", "Business focus: {plan}"),
            "mid": ("{staff_n} employees.", "Board member company.", "ISO 9001 certified.", "Established {year}."),
            "head": ("Member Highlight", "Member Feature", "New on the Roster"),
            "tail": ("!Introductions through the chamber secretariat.", "!Contact: {person}, {title}."),
            "solo": (),
        },
    },
    "matchmaking": {  # the free-text field of a match-making request form, first person
        "zh": {
            "offer": ("我们是{place}的一家{noun}，{detail}。",
                      "我司{does}，{detail}。",
                      "{name}（{place}）{does}，{detail}。",
                      "本公司是{noun}，{detail}，{year}年成立。",
                      "我们{does}，{detail}。",
                      "公司位于{place}，{does}，{detail}。"),
            "cue": ("希望在本次对接活动中找到{want}。", "寻找{want}。", "我们在找{want}，希望尽早见面。", "想寻找{want}做长期合作。"),
            "named": ("想约见：{want}。", "希望对接{want}。", "对接对象：{want}。", "最希望见面的是{want}。"),
            "plan": ("{plan}", "本次对接的目的：{plan}"),
            "mid": ("员工{staff_n}人。", "线上线下见面均可。", "有懂英文的同事参会。", "通过ISO 45001认证。"),
            "head": ("业务简介及对接意愿：", "对接意愿", "请简要介绍贵司业务和希望对接的企业："),
            "tail": ("!联系人：{person}", "会期内时间都可以。"),
            "solo": ("我们是{place}的{noun}，{detail}，希望找到{want}。", "{place}{noun}，{detail}，想约见{want}。"),
        },
        "en": {
            "offer": ("We are a {noun} located in {place} ({detail}).",
                      "We {does1}; {detail}.",
                      "{name} ({place}): we {does1}; {detail}.",
                      "We are a {noun}, established in {year}; {detail}.",
                      "Out of {place}, we {does1}; {detail}.",
                      "{name} is a {noun}; {detail}."),
            "cue": ("We are looking for {want}.", "Seeking {want}.", "We hope to find {want} at this event.",
                    "We want to find {want} for the long term."),
            "named": ("We would like to meet {want}.", "Preferred match: {want}.", "Please pair us with {want}.", "Ideal meeting: {want}."),
            "plan": ("{plan}", "Purpose of this meeting: {plan}"),
            "mid": ("{staff_n} employees.", "Happy to meet online or in person.", "Our schedule is flexible.", "ISO 45001 certified."),
            "head": ("Business description and partner wanted:", "Meeting wish list",
                     "Briefly describe your business and whom you would like to meet:"),
            "tail": ("!Contact: {person}", "Any slot during the event suits us."),
            "solo": ("We are a {noun} in {place} ({detail}) looking for {want}.",
                     "We are a {noun} in {place} ({detail}) and would like to meet {want}."),
        },
    },
    "sponsor": {  # NEW: the sponsor profile a company sends for a safety conference's programme book
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "本届大会{level}{name}{does}，{detail}。",
                      "{name}创立于{year}年，{does}，{detail}。",
                      "{name}（{place}）是一家{noun}；{detail}。",
                      "{name}在{place}经营{age}年，{does}，{detail}。",
                      "作为本届大会的{level}，{name}{does}，{detail}。"),
            "cue": ("借这次大会，我们希望找到{want}。", "我们正在寻找{want}，茶歇时欢迎交流。", "我们诚意寻求{want}。", "会议期间我们在找{want}。"),
            "named": ("欢迎{want}到赞助商展桌交流。", "会议期间愿与{want}面谈。", "期待与{want}建立合作。", "本次赞助的目的之一，是结交{want}。"),
            "plan": ("{plan}", "赞助本次大会的初衷：{plan}"),
            "mid": ("这是公司连续第{m}年赞助本大会。", "公司员工{staff_n}人。", "公司通过ISO 45001认证。", "公司成立于{year}年。"),
            "head": ("赞助商介绍", "【{level}】", "大会会刊｜赞助单位"),
            "tail": ("!赞助商展桌：{table}号", "!会务联系人：{person}"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} based in {place}; {detail}.",
                      "{level}: {name}, a {noun} in {place} ({detail}).",
                      "{name}, in business since {year}, {does3}; {detail}.",
                      "{name}, this year's {level}, {does3}; {detail}.",
                      "{name} of {place} has been a {noun} for {age} years; {detail}.",
                      "{name} is a {noun} with {staff_n} employees; {detail}."),
            "cue": ("At the conference we hope to find {want}.", "We are looking for {want}; let's talk over coffee.",
                    "We seek {want}; visit our sponsor table.", "This week we are searching for {want}."),
            "named": ("We would be glad to meet {want} during the breaks.", "We invite {want} to join us at table {table}.",
                      "We would welcome an introduction to {want}.", "Conversations we want most: {want}."),
            "plan": ("{plan}", "Why we sponsor: {plan}"),
            "mid": ("A sponsor of this conference for {m} years running.", "{staff_n} employees.", "ISO 45001 certified.",
                    "Family owned since {year}."),
            "head": ("SPONSOR PROFILE", "{level}", "Conference Sponsors"),
            "tail": ("!Sponsor table {table}", "!Contact: {person}, {title}."),
            "solo": (),
        },
    },
    "welcome": {  # NEW: the welcome message of the company's head on its own website
        "zh": {
            "offer": ("感谢您访问{name}的网站，我们是{place}的一家{noun}，{detail}。",
                      "{age}年来，我们一直在{place}{does}，{detail}。",
                      "自{year}年创立以来，{name}{does}，{detail}。",
                      "{name}是{place}的一家{noun}，{detail}，这是全体同事共同努力的结果。",
                      "我们{does}，{detail}，团队共有{staff_n}人。",
                      "{name}{does}，{detail}，这些成绩离不开客户的信任。"),
            "cue": ("新的一年，我们最大的心愿是找到{want}。", "我们正在寻找{want}，期待与您携手。", "我们真诚寻求{want}。", "希望通过这个网站找到{want}。"),
            "named": ("如果您是{want}，欢迎与我们联系。", "我们真诚期待与{want}合作。", "我们愿与{want}共同成长。", "今年我们最想结交的朋友，是{want}。"),
            "plan": ("{plan}", "展望未来：{plan}", "新的一年：{plan}"),
            "mid": ("公司已通过ISO 45001认证。", "我们的团队共有{staff_n}人。", "公司创立于{year}年。", "安全，是我们每一个决定的出发点。"),
            "head": ("总经理致辞", "董事长致辞", "致访客"),
            "tail": ("!总经理 {person}", "再次感谢您的关注与支持。"),
            "solo": (),
        },
        "en": {
            "offer": ("It is my pleasure to introduce {name}, a {noun} in {place}; {detail}.",
                      "For {age} years we have worked out of {place}, and today we {does1}; {detail}.",
                      "{name} opened in {year} and {does3}; {detail}.",
                      "Welcome to {name}, a {noun} with {staff_n} people; {detail}.",
                      "We {does1} from {place}; {detail}.",
                      "{name} began in {place} in {year} and is now a {noun}; {detail}."),
            "cue": ("This year my top goal is to find {want}.", "We are looking for {want} and would be glad to hear from you.",
                    "We seek {want} for the long run.", "A big part of my job this year is to find {want}."),
            "named": ("If you are {want}, I would like to hear from you.", "We would be proud to partner with {want}.",
                      "I personally welcome inquiries from {want}.", "Our team is ready to work with {want}."),
            "plan": ("{plan}", "Looking ahead: {plan}", "For the year ahead: {plan}"),
            "mid": ("Safety is where every decision here starts.", "We are ISO 45001 certified.", "Our team numbers {staff_n}.",
                    "We opened our doors in {year}."),
            "head": ("A Message from Our President", "Welcome Message", "From Our CEO"),
            "tail": ("!{person}, {title}", "Thank you for your trust."),
            "solo": (),
        },
    },
}  # fmt: skip
VOICE = {
    "about": 1,
    "directory": 3,
    "exhibitor": 1,
    "member": 3,
    "matchmaking": 1,
    "sponsor": 1,
    "welcome": 1,
}
HEAD_P = {
    "about": 0.3,
    "directory": 0.5,
    "exhibitor": 0.65,
    "member": 0.4,
    "matchmaking": 0.5,
    "sponsor": 0.6,
    "welcome": 0.55,
}
LINED_P = {
    "about": 0.15,
    "directory": 0.3,
    "exhibitor": 0.25,
    "member": 0.2,
    "matchmaking": 0.4,
    "sponsor": 0.25,
    "welcome": 0.35,
}
LEVELS = {"zh": ("金牌赞助商", "银牌赞助商", "铜牌赞助商", "茶歇赞助商", "午餐赞助商"),
          "en": ("Gold Sponsor", "Silver Sponsor", "Bronze Sponsor", "Coffee Break Sponsor", "Lunch Sponsor")}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("卫", "盾", "佑", "恒", "泰", "康", "瑞", "达", "护", "晨", "博", "鑫", "远", "诚", "航", "峰")  # fmt: skip
ZH_SUFFIX = {"neutral": ("安全科技有限公司", "防护科技有限公司", "有限公司", "实业有限公司"),
             "R": ("新材料有限公司", "材料科技有限公司", "元件有限公司"),
             "M": ("防护用品制造有限公司", "制品有限公司", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("工程有限公司", "服务有限公司", "运营有限公司")}  # fmt: skip
PINYIN = ("Weidun", "Hudun", "Ruiyou", "Chenbo", "Fenghang", "Yuanhang", "Chengfeng", "Taiyou", "Ruida", "Dunhang")  # fmt: skip
CN_EN_WORD = {"neutral": (" Safety", " Protective", ""), "R": (" New Materials", " Components"), "M": (" Manufacturing", " Products"),
              "D": (" Trading", " Supply Chain"), "E": (" Engineering", " Services")}  # fmt: skip
EN_WORDS = ("Alderbrook", "Birchcliff", "Brackenridge", "Dunwoody", "Foxcroft", "Glenrock", "Greyhaven", "Harwick",
            "Lockwood", "Maplecrest", "Merrivale", "Oakvale", "Pinehurst", "Ravensworth", "Stillwater", "Sutcliffe",
            "Tamworth", "Yarbrough")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Materials", "Components", "Fibers"),
             "M": ("Manufacturing", "Industries", "Products"),
             "D": ("Distribution", "Supply", "Wholesale"),
             "E": ("Services", "Contracting", "Operations")}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ("陈建华", "李雪", "黄志明", "吴丽娟", "何伟", "郭晓燕"),
    ("CN", "en"): ("Chen Jianhua", "Li Xue", "Huang Zhiming", "Wu Lijuan", "Qian Lei"),
    ("US", "en"): ("Rachel Kincaid", "Marcus Albright", "Linda Okafor", "Greg Halvorsen", "Heather Nguyen", "Brandon Pierce",
                   "Carmen Ortiz", "Derek Walsh"),
    ("US", "zh"): ("Rachel Kincaid", "Greg Halvorsen", "Carmen Ortiz"),
}  # fmt: skip
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "采购经理", "供应链总监"), "down": ("外贸经理", "国际销售总监", "海外业务经理"),
           "any": ("总经理", "董事长", "执行董事")},
    "en": {"up": ("Purchasing Manager", "Sourcing Director", "VP of Procurement"),
           "down": ("VP of Sales", "Export Manager", "Director of Business Development"),
           "any": ("President", "Owner", "CEO")},
}  # fmt: skip
STAFF_N = (35, 60, 85, 120, 180, 260, 400, 650, 1200, 1800, 2800, 3600)

HARD_QUOTA = {"material": 5, "served": 12, "generic": 9, "negated": 7, "misnamed": 9}
CN_IN_ENGLISH = 8  # CN companies writing in English (at least one per kind of profile)
US_IN_CHINESE = 7  # US companies writing in Chinese, one per kind of profile
CUES = ("cue", "named", "plan")
CUE_CYCLE = ("cue", "named", "plan", "cue", "named")  # two of each named kind to one plan
SOLO_N = 8  # profiles of one sentence (directory entries and match-making requests)


# ---------------------------------------------------------------------------------------------
# Layout (as in set 34, which has it from set 32)
# ---------------------------------------------------------------------------------------------
def needs(stage: str, want: str) -> list[set[tuple[str, str]]]:
    """US role sets of which one each must be in the chain of a CN company (stage, want): its
    partner, a competitor, one offering what it seeks but seeking something else, and one
    wanting its product but offering nothing it seeks (the last two where the stages allow)."""
    partner, rival = {(want, stage)}, {(stage, want)}
    offers_other = {(want, x) for x in ADJACENT[want] if x != stage}
    wants_only = {(y, stage) for y in ADJACENT[stage] if y != want}
    return [partner, rival] + [r for r in (offers_other, wants_only) if r]


def lay_out(rng: random.Random, n_cn: int = 4, n_us: int = 7):
    """(stage, want) of the CN and US companies of a chain, every CN need met on the US side
    and every CN company with exactly one US partner (the one change to set 34's layout)."""
    for _ in range(20_000):
        cn = rng.sample(ROLES, n_cn)
        wanted = [r for s, w in cn for r in needs(s, w)]
        rng.shuffle(wanted)
        us: list[tuple[str, str]] = []
        for r in wanted:
            if not r & set(us):
                us.append(rng.choice(sorted(r)))
        if len(us) <= n_us:
            us += [rng.choice(ROLES) for _ in range(n_us - len(us))]
            if any(us.count((w, s)) != 1 for s, w in cn):
                continue
            rng.shuffle(us)
            return cn, us
    raise AssertionError("no layout fits")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
_NOT_AN = ("US", "U.S", "UL", "UPS", "uni", "Uni", "use", "one", "Eu", "eu", "uri", "Uri")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound: a vowel (not 'US', 'UL', 'uni…', 'one', 'use', 'uri…')
    or an abbreviation spelled out from F, H, L, M, N, R, S or X ('an SPD', 'an MCB')."""

    def swap(m: re.Match) -> str:
        art, word = m.group(1), m.group(2)
        if word[:1] in "aeiouAEIOU" and not word.startswith(_NOT_AN):
            return f"{art}n {word}"
        if re.match(r"[FHLMNRSX][A-Z0-9]+\b", word):
            return f"{art}n {word}"
        return m.group(0)

    return re.sub(r"\b([Aa]) (\S+)", swap, text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(noun: str) -> str:
    if noun.endswith("OEM"):
        return noun + "s"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def make_name(rng: random.Random, side: str, lang: str, place: str, mark: str) -> str:
    if side == "CN" and lang == "zh":
        lead = place if rng.random() < 0.4 else ""
        return lead + "".join(rng.sample(ZH_PARTS, 2)) + rng.choice(ZH_SUFFIX[mark])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)}{rng.choice(CN_EN_WORD[mark])} Co., Ltd."
    return " ".join(rng.sample(EN_WORDS, rng.choice((1, 1, 2)))) + " " + rng.choice(EN_SUFFIX[mark])


def noun_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    return rng.choice(CHAINS[chain][stage][0 if lang == "zh" else 1])  # type: ignore[index]


def goods_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    """What a company of this stage deals in: its material for R, the chain's goods otherwise."""
    li = 0 if lang == "zh" else 1
    key = "material" if stage == "R" else "product"
    return rng.choice(CHAINS[chain][key][li])  # type: ignore[index]


def want_phrase(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    chain, side, want = org["_chain"], org["side"], org["_want"]
    li = 0 if lang == "zh" else 1
    if kind == "material":
        mat = rng.choice(CHAINS[chain]["material"][li])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    if kind == "generic":
        n = rng.choice(GENERIC[lang][want])
        pl = plural(n)
    elif kind == "rolegoods":
        role, tpl = rng.choice(ROLE_WORD[lang][want]), rng.choice(ROLE_GOODS[lang][want])
        goods = goods_of(rng, chain, want, lang)
        n, pl = tpl.format(r=role, goods=goods), tpl.format(r=plural(role), goods=goods)
    else:
        n = noun_of(rng, chain, want, lang)
        pl = plural(n)
    if lang == "en" and rng.random() < 0.4:
        return fix_articles(rng.choice(WANT_FORMS_PL[side, lang]).format(n=pl))
    return fix_articles(rng.choice(WANT_FORMS[side, lang]).format(n=n))


NAMES_IT = re.compile(r"\{(?:it|It|its|Its|name)\}")


def want_sentence(rng: random.Random, org: dict, lang: str, slots: dict) -> str:
    g = GENRES[org["_genre"]][lang]
    chain, side, stage, want = org["_chain"], org["side"], org["_stage"], org["_want"]
    li = 0 if lang == "zh" else 1

    def choose(pool: tuple[str, ...]) -> str:
        """A template; when the want opens a third-person profile, one that names the company."""
        if org["_first"] and VOICE[org["_genre"]] == 3:
            pool = tuple(t for t in pool if NAMES_IT.search(t)) or pool
        return rng.choice(pool)

    if org["_cue"] == "plan":
        cty, cty_adj = COUNTRY[side, lang]
        plan = rng.choice(PLANS[stage, want][lang]).format(
            cty=cty, cty_adj=cty_adj, product=goods_of(rng, chain, "M", lang), use=CHAINS[chain]["use"][li],  # type: ignore[index]
            mat_own=slots["goods"], mat=rng.choice(CHAINS[chain]["material"][li]),  # type: ignore[index]
            self=slots["self"], subj=slots["subj"], poss=slots["poss"])  # fmt: skip
        frame = choose(g["plan"])
        if lang == "en" and frame.split("{plan}")[0]:  # lower case inside a frame
            plan = plan[:1].lower() + plan[1:]
        return cap(fix_articles(frame.format(**{**slots, "plan": plan})))
    slots = {**slots, "want": want_phrase(rng, org, lang, want_kind(rng, org))}
    slots["want_cap"] = cap(slots["want"])
    if "material" in org["_hard"]:
        return cap(fix_articles(choose(MATERIAL_WANT[lang][org["_cue"]]).format(**slots)))
    return cap(fix_articles(choose(g[org["_cue"]]).format(**slots)))


def want_kind(rng: random.Random, org: dict) -> str:
    if "material" in org["_hard"]:
        return "material"
    if "generic" in org["_hard"]:
        return "generic"
    return "rolegoods" if rng.random() < 0.45 else "trade"


def negation_line(rng: random.Random, org: dict, lang: str) -> str:
    stage, want = org["_stage"], org["_want"]
    near = [s for s in ADJACENT[stage] if s != want] or [
        s for s in STAGES if s not in (stage, want)
    ]
    neg = rng.choice(near)
    if neg == "D" and rng.random() < 0.5:
        bare = rng.choice(NEG_TRADERS[lang])
    elif rng.random() < 0.4:
        bare = rng.choice(GENERIC[lang][neg])
    else:
        bare = noun_of(rng, org["_chain"], neg, lang)
    return rng.choice(NEGATION[lang]).format(
        neg=bare, plural=plural(bare), plural_cap=cap(plural(bare))
    )


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in SELLS_TO[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " Brothers", " Group"))
        c2 += rng.choice(("", " LLC", " Co."))
    else:
        c1, c2 = c1 + rng.choice(("实业", "集团", "")), c2 + rng.choice(("公司", "股份", ""))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


PEOPLE_IN_DETAIL = re.compile(
    r"([\d,]+) (?:ramp agents|shop workers|technicians|line technicians|ironworkers|inspection engineers"
    r"|maintenance workers)|(?:地勤人员|工人|技工|铁工|检测工程师|巡线工|检修人员)(\d+)人"
)


def staff_of(rng: random.Random, detail: str, lang: str) -> str:
    """A head count above any count of people the detail gives (at most 1,800 when it gives
    none, so that the larger counts stay with the companies whose details need them)."""
    least = max(
        (int((a or b).replace(",", "")) for a, b in PEOPLE_IN_DETAIL.findall(detail)), default=0
    )
    n = rng.choice([s for s in STAFF_N if s > least * 1.3 and (least or s <= 1800)])
    return f"{n:,}" if lang == "en" else str(n)


END = ("。", "！", "？", "：", ".", "!", "?", ":", "”", ")", "）")
USED_ONCE = ("{place}", "{year}", "{staff_n}", "{year_m}")  # a filler line repeats none of these


def compose(rng: random.Random, org: dict, used: set[str]) -> None:
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    genre = org["_genre"]
    voice = VOICE[genre]
    li = 0 if lang == "zh" else 1
    mark = "neutral"
    if "misnamed" in hard:
        mark = rng.choice([s for s in STAGES if s != stage])
    elif rng.random() < 0.25:
        mark = stage
    places = CHAINS[chain]["places"][li] if side == "CN" else [p[li] for p in US_PLACES]  # type: ignore[index]
    place = rng.choice(places)
    name = make_name(rng, side, lang, place if side == "CN" else "", mark)
    while name in used:
        name = make_name(rng, side, lang, place if side == "CN" else "", mark)
    used.add(name)
    zh_n, en_n, zh_d, en_d = CHAINS[chain][stage]  # type: ignore[misc]
    pick = rng.randrange(len(zh_n))  # a company's noun, detail and material go together
    noun, detail = (zh_n, en_n)[li][pick], (zh_d, en_d)[li][pick]
    if stage == "R":
        goods = CHAINS[chain]["material"][li][pick]  # type: ignore[index]
    else:
        goods = goods_of(rng, chain, stage, lang)
    if lang == "zh":
        does = rng.choice(DOES["zh"][stage]).format(goods=goods)
        does3 = does1 = does
    else:
        d3, d1 = rng.choice(DOES["en"][stage])
        does, does3, does1 = d3.format(goods=goods), d3.format(goods=goods), d1.format(goods=goods)
    person = rng.choice(PEOPLE[side, lang])
    direction = "up" if (stage, org["_want"]) in UPSTREAM else "down"
    title = rng.choice(TITLES[lang][direction] + TITLES[lang][direction] + TITLES[lang]["any"])
    year = rng.randrange(1986, 2021)
    first = org["_first"] = rng.random() < 0.2  # the want first
    g = GENRES[genre][lang]
    if lang == "zh":
        it = name if first else rng.choice(("该公司", "公司"))
    else:
        it = name if first else "the company"
    subj, poss = ("we", "our") if voice == 1 else (it, "its")
    slots = {
        "name": name, "it": it, "It": cap(it), "its": possessive(it), "Its": cap(possessive(it)),
        "noun": noun, "Noun": cap(noun), "detail": detail, "goods": goods,
        "does": does, "does3": does3, "does1": does1, "place": place, "year": year,
        "age": 2026 - year, "year_m": rng.randrange(max(year, 2006), 2026),
        "staff_n": staff_of(rng, detail, lang), "k": rng.randrange(12, 40), "m": rng.randrange(2, 9),
        "person": person, "title": title, "hall": rng.randrange(1, 13),
        "booth": rng.choice("ABCDEFGH") + str(rng.randrange(10, 90)), "table": rng.randrange(1, 40),
        "level": rng.choice(LEVELS[lang]),
        "sector": CHAINS[chain]["sector"][li],  # type: ignore[index]
        "self": "我们" if voice == 1 else "公司", "subj": subj, "poss": poss,
    }  # fmt: skip
    head = rng.choice(g["head"]).format(**slots) if rng.random() < HEAD_P[genre] else None
    if org["_solo"]:  # one sentence: what it is and whom it wants
        want = want_phrase(rng, org, lang, want_kind(rng, org))
        solo = [
            t for t in g["solo"] if any(w in t for w in CUE_WORDS[lang]) == (org["_cue"] == "cue")
        ]
        text = fix_articles(rng.choice(solo).format(**{**slots, "want": want}))
        org["_want_text"] = text
        org["_position"] = "solo"
        tails = [t.lstrip("!").format(**slots) for t in g["tail"]]
        if rng.random() < 0.3:
            text += "\n" + rng.choice(tails)
        org["_headed"] = bool(head)
        org["name"] = {lang: name}
        org["description"] = {lang: (head + "\n" + text) if head else text}
        return
    offer_pool = list(g["offer"])
    if name.startswith(place):  # no place twice
        offer_pool = [t for t in offer_pool if "{place}" not in t]
    offer_t = rng.choice(offer_pool)
    offer = cap(fix_articles(offer_t.format(**slots)))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(1 if first else rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if "served" in hard:
        body.append(served_line(rng, org, lang))
    said = offer_t.replace("{age}", "{year}")
    free = [t for t in g["mid"] if not any(s in said and s in t for s in USED_ONCE)]
    n_mid = rng.choice((0, 0, 0, 1, 1, 1, 2))
    for t in rng.sample(free, n_mid):
        body.append(fix_articles(t.format(**slots)))
    tails = []
    if rng.random() < 0.3:
        t = rng.choice(g["tail"])
        tails = [t.lstrip("!").format(**slots)]
    while count_sentences("\n".join(body + wants + tails)) > 5:  # one to five sentences
        if tails:
            tails = []
        else:
            body.pop()
    roll = rng.random()
    if first:
        parts = wants + body
    elif roll < 0.5 and len(body) > 1:  # after the offer, before the filler or the customers
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    org["_position"] = (
        "first" if first else "middle" if parts[-1] not in wants and len(body) > 1 else "last"
    )
    parts += tails
    lined = rng.random() < LINED_P[genre]
    sep = "\n" if lined else ("" if lang == "zh" else " ")
    text = parts[0]
    for prev, part in itertools.pairwise(parts):
        text += (sep if prev.endswith(END) else "\n") + part
    if head:
        text = head + "\n" + text
    org["_headed"] = bool(head)
    text = text.replace("。。", "。").replace("..", ".").replace("？。", "？").replace("?.", "?")
    org["name"] = {lang: name}
    org["description"] = {lang: text}


# ---------------------------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------------------------
def build() -> tuple[dict, dict, list[dict]]:
    rng = random.Random(SEED)
    orgs: list[dict] = []
    for chain in CHAINS:
        cn, us = lay_out(rng)
        orgs += [{"side": "CN", "_chain": chain, "_stage": s, "_want": w} for s, w in cn]
        orgs += [{"side": "US", "_chain": chain, "_stage": s, "_want": w} for s, w in us]
    for side, prefix in PREFIX.items():  # ids shuffled within a side: their order tells nothing
        group = [o for o in orgs if o["side"] == side]
        for o, n in zip(group, rng.sample(range(1, len(group) + 1), len(group)), strict=True):
            o["id"] = f"{prefix}{n:03d}"
    orgs.sort(key=lambda o: o["id"])
    genres = list(GENRES)
    for side in PREFIX:  # kinds of profile evenly per side; the kinds of want evenly per kind
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for o, g in zip(group, labels, strict=True):
            o["_genre"], o["_lang"] = g, ("zh" if side == "CN" else "en")
        i = 0
        for g in genres:
            members = [o for o in group if o["_genre"] == g]
            cues = [CUE_CYCLE[(i + j) % len(CUE_CYCLE)] for j in range(len(members))]
            i += len(members)
            rng.shuffle(cues)
            for o, c in zip(members, cues, strict=True):
                o["_cue"] = c
        other, n_other = ("en", CN_IN_ENGLISH) if side == "CN" else ("zh", US_IN_CHINESE)
        order = rng.sample(genres, len(genres))
        for j in range(n_other):  # writers of the other language, spread over the kinds
            pool = [
                o for o in group if o["_genre"] == order[j % len(order)] and o["_lang"] != other
            ]
            rng.choice(pool)["_lang"] = other
    for o in orgs:
        o["_hard"] = set()
    fits = {
        "material": lambda o: (o["_stage"], o["_want"]) == ("M", "R") and o["_cue"] != "plan",
        "served": lambda o: any(c != o["_want"] for c in SELLS_TO[o["_stage"]]),
        "generic": lambda o: o["_cue"] != "plan" and "material" not in o["_hard"],
        "negated": lambda o: True,
        "misnamed": lambda o: True,
    }
    for case, quota in HARD_QUOTA.items():
        pool = [o for o in orgs if fits[case](o) and len(o["_hard"]) < 2]
        for o in rng.sample(pool, quota):
            o["_hard"].add(case)
    for o in orgs:
        o["_solo"] = False
    solo_ok = [o for o in orgs if GENRES[o["_genre"]][o["_lang"]]["solo"] and o["_cue"] != "plan"
               and not o["_hard"] & {"served", "negated", "material"}]  # fmt: skip
    for o in rng.sample(solo_ok, SOLO_N):
        o["_solo"] = True
    used: set[str] = set()
    for o in orgs:
        compose(rng, o, used)
    partners: dict[str, list[str]] = {}
    for a in orgs:
        for b in orgs:
            if (a["side"] != b["side"] and a["_chain"] == b["_chain"]
                    and a["_want"] == b["_stage"] and b["_want"] == a["_stage"]):  # fmt: skip
                partners.setdefault(a["id"], []).append(b["id"])
    roles = {o["id"]: f"{o['_chain']}:{o['_stage']}>{o['_want']}" for o in orgs}
    gold = {"partners": partners, "roles": roles, "split": dict.fromkeys(roles, "held-out")}
    public = [{k: o[k] for k in ("id", "side", "name", "description")} for o in orgs]
    return {"format": "tradebridge-profiles/1", "organizations": public}, gold, orgs


HAN = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"\b[RMDE]\s*>\s*[RMDE]\b|\b(?:stage|role)\s*[:=]", re.IGNORECASE)
BANNED = re.compile(r"stage|R/M/D/E|\b[RMDE]\s*/\s*[RMDE]\b|[\[【][RMDE]\d", re.IGNORECASE)
BAD_ARTICLE = re.compile(
    r"\b[Aa] (?!US\b|U\.S|UL\b|UPS\b|uni|one\b|use|uri)[aeiouAEIOU]|\b[Aa]n (?=US\b|UL\b|UPS\b|uni|one\b|uri)"
    r"|\b[Aa] [FHLMNRSX][A-Z0-9]+\b"
)


def count_sentences(text: str) -> int:
    """Lines, and sentences within a line (an initial or an abbreviation is no end)."""
    n = 0
    for raw in text.split("\n"):
        parts = re.split(
            r"[。！？]|(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bCo\.)(?<!\bInc\.)(?<!\bLtd\.)(?<=[.?!])\s+(?=[A-Z“])",
            raw.strip(),
        )
        n += sum(1 for x in parts if x.strip(' ”"）)'))
    return n


def body_of(org: dict) -> str:
    """A profile's text below its header line, if it has one."""
    text = next(iter(org["description"].values()))
    return text.split("\n", 1)[1] if org["_headed"] else text


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    assert len(EARLIER_CHAINS) == 485
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("*.json"):  # the prefixes are this set's alone: no '"q6' elsewhere
        if not other.name.startswith(NAME):
            text = other.read_text("utf-8")
            assert '"q6' not in text and not own_ids.search(text), other.name
    assert set(gold["roles"]) == set(ids) == set(gold["split"])
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} == {o["_lang"]}
        assert ".。" not in text and "。。" not in text and "  " not in text, text
        assert text.strip() and "{" not in text and "}" not in text and "!" not in text[:1], text
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        assert 1 <= count_sentences(body_of(o)) <= 5, (count_sentences(body_of(o)), text)
        if lang == "en":
            assert not HAN.search(text) and not BAD_ARTICLE.search(text), text
        else:
            rest = text.replace(o["name"][lang], "")  # a US firm keeps its English name
            for full in PEOPLE[o["side"], lang]:
                rest = rest.replace(full, "")
            assert len(HAN.findall(rest)) > len(re.findall(r"[A-Za-z]", rest)), text
        # cue words (verbs of seeking) in the whole profile exactly when the want has one
        cued = any(w in text.lower().replace(o["name"][lang].lower(), "") for w in CUE_WORDS[lang])
        assert cued == (o["_cue"] == "cue"), (o["_cue"], text)
        if o["_cue"] == "plan":  # no noun of the stage sought
            want = o["_want_text"]
            nouns = [*CHAINS[o["_chain"]][o["_want"]][0], *CHAINS[o["_chain"]][o["_want"]][1],  # type: ignore[index]
                     *GENERIC["zh"][o["_want"]], *GENERIC["en"][o["_want"]],
                     *ROLE_WORD["zh"][o["_want"]], *ROLE_WORD["en"][o["_want"]]]  # fmt: skip
            assert not any(n.lower() in want.lower() for n in nouns), want
    for cid in ids:
        if cid.startswith(PREFIX["CN"]):
            assert len(gold["partners"].get(cid, ())) == 1, f"{cid} has not exactly one partner"
    for a, bs in gold["partners"].items():
        for b in bs:
            oa, ob = by_id[a], by_id[b]
            assert (
                a in gold["partners"][b]
                and oa["side"] != ob["side"]
                and oa["_chain"] == ob["_chain"]
            )
            assert oa["_want"] == ob["_stage"] and ob["_want"] == oa["_stage"]
    for chain in CHAINS:
        mine = [o for o in orgs if o["_chain"] == chain]
        assert Counter(o["side"] for o in mine) == {"CN": 4, "US": 7}, chain
        us = {(o["_stage"], o["_want"]) for o in mine if o["side"] == "US"}
        for o in mine:
            if o["side"] == "CN":
                assert all(us & r for r in needs(o["_stage"], o["_want"])), o["id"]
    for genre, by_lang in GENRES.items():
        for lang in ("zh", "en"):
            t = by_lang[lang]
            where = (genre, lang)
            assert len(t["offer"]) >= 6 and len(t["cue"]) >= 4 and len(t["named"]) >= 4, where
            assert len(t["plan"]) >= 2 and len(t["mid"]) >= 4, where
            for c in (
                "named",
                "plan",
                "mid",
                "tail",
                "head",
                "offer",
            ):  # cue words: first kind only
                for tpl in t[c]:
                    assert not any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for tpl in t["cue"]:
                assert any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for side in PREFIX:
                assert any(
                    o["_genre"] == genre and o["_lang"] == lang and o["side"] == side for o in orgs
                ), (genre, lang, side)
    assert len(GENRES) == 7 and {"sponsor", "welcome"} <= set(GENRES)
    per_kind = Counter((o["side"], o["_genre"]) for o in orgs)
    assert {per_kind["CN", g] for g in GENRES} == {5, 6}
    assert {per_kind["US", g] for g in GENRES} == {10}
    assert Counter((o["side"], o["_lang"]) for o in orgs) == {
        ("CN", "zh"): 40 - CN_IN_ENGLISH,
        ("CN", "en"): CN_IN_ENGLISH,
        ("US", "en"): 70 - US_IN_CHINESE,
        ("US", "zh"): US_IN_CHINESE,
    }
    for side in PREFIX:
        per_cue = Counter(o["_cue"] for o in orgs if o["side"] == side)
        share = per_cue["plan"] / sum(per_cue.values())
        assert abs(per_cue["cue"] - per_cue["named"]) <= 1 and abs(share - 0.2) < 0.03, per_cue
    assert Counter(c for o in orgs for c in o["_hard"]) == HARD_QUOTA
    assert all((o["_stage"], o["_want"]) == ("M", "R") for o in orgs if "material" in o["_hard"])
    assert sum(o["_position"] == "solo" for o in orgs) == SOLO_N


def main() -> None:
    profiles, gold, orgs = build()
    check(profiles, gold, orgs)
    for stem, data in ((NAME, profiles), (f"{NAME}_gold", gold)):
        (HERE / f"{stem}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    cn = PREFIX["CN"]
    pairs = sum(len(v) for k, v in gold["partners"].items() if k.startswith(cn))
    print(
        f"{NAME}: 40 CN x 70 US, {len(gold['partners'])} companies with a partner, {pairs} gold CN-US pairs"
    )
    print("chains:", ", ".join(f"{k} ({v['sector'][1]})" for k, v in CHAINS.items()))  # type: ignore[index]
    print(
        "kind/language:", dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items()))
    )
    print("side/kind:", dict(sorted(Counter(f"{o['side']}/{o['_genre']}" for o in orgs).items())))
    print(
        "side/want kind:", dict(sorted(Counter(f"{o['side']}/{o['_cue']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))
    print("want position:", dict(Counter(o["_position"] for o in orgs)))
    lengths = Counter(count_sentences(body_of(o)) for o in orgs)
    print("sentences below the header:", dict(sorted(lengths.items())))


if __name__ == "__main__":
    main()
