# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirtieth held-out ROLE set: ``roles_holdout30.json`` / ``roles_holdout30_gold.json``.

    python bench/recommend/make_holdout30.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content, and no Python importing the engine was run. Only
``make_holdout29.py`` was read in full (for the file format, the construction and the style;
its layout, gold and check code is copied here, not imported, with one change: "a urinal …"
joins the exceptions of the article rule) and the module docstrings of the other
``make_holdout*.py`` / ``make_corpus*.py`` (to keep the ways of writing new). Chains,
templates, ways of writing and names are this set's own. The chain keys were checked against
the list of keys given (``_EARLIER``, which now includes set 29's). The id prefixes ``ocn`` /
``ous`` occur in no other ``roles_*.json`` (``grep -l`` printed no file; ``check`` asserts it).

The ways of writing were checked against those docstrings. Of the suggestions given, these were
set aside as too near earlier ones: a bank's letter-of-credit advising note (a bank's KYC
summary and a bank trade-finance application are taken; "letter of credit" and 信用证 occur in
corpora 9 and 14), an ESG rating summary (ESG report excerpts, corpus 5), a port's berth or
tenant application (an industrial park's tenant application, corpus 14), a sourcing agent's
weekly report (weekly work reports, set 20), a business licence renewal (licence, permit and
trade registration filings, corpus 15), a warranty-claims desk note (warranty cards, corpus 12).
Kept from the suggestions: a patent firm's intake memo (not a filing such as corpus 15's
trademark applications, but the firm's own note on a new matter) and a workforce board's
employer profile (not a job posting: a public employment service writes it after a visit);
added: a web agency's website brief, an architect's design brief and a photo studio's shoot
order. Their marker words were searched with ``grep -il`` over ``make_*.py``, ``roles_*.json``,
``profiles.json`` and ``validation.json``, printing only file names: 技术交底, 专利代理,
专利事务所, intake memo, prior art, invention, 人社, 就业服务, workforce, employer profile,
网站建设, 建站, web design, website brief, sitemap, 设计任务书, 建筑设计, 建筑师, 设计院, 产品拍摄,
摄影师, 摄影棚, photographer, photo shoot, shot list matched nothing; single words inside other
kinds of text did, in files whose docstrings list none of these five ways: 专利 / patent
(corpora 8, 11, set 19, ``make_dataset.py``), 发明 (corpus 8), 就业 (set 17), 走访 (sets 15, 27,
28), 网站 / 官网 (sets 21, 22, corpora 1, 7), 询盘 (corpus 1, set 19), architect (corpora 5, 13,
set 8), 摄影 / photo studio (corpus 12, set 23) and "photograph" (set 29).

The chains' words (product, role nouns and materials, English and Chinese) were searched the
same way, and each of them, as finally written, matched nothing: 鼠饵站, bait station, 灭蝇灯,
fly light, blacklight, 粘鼠板, 粘虫胶, glue board, 拖把头, mop head, 玻璃刮, squeegee, 百洁垫,
floor pad, 卫生间隔断, toilet partition, 抗倍特, compact laminate, 除臭垫, urinal, 无障碍扶手, grab
bar, 护理台, changing station, 母婴室, restroom, washroom, pest, rodent, insect, 有害生物, 捕鼠,
microfiber, 超细纤维, 刮条, 槽条, 伸缩杆, 短纤, staple fiber, 磨料微粉, 微胶囊, 除味, 公厕, 司机之家,
适老, aging-in-place, 烟叶, tobacco, 公租房, public housing and the rest. Candidate words that
matched were replaced, not used: 碳化硅 (make_roles), nonwoven / 无纺布, hot-melt / 热熔, 压敏胶,
pressure-sensitive, 香精 / fragrance, 阻尼, buckle, tamper, 铝型材, UVA, 法兰, 纸卷, bracket, 吹塑,
聚丙烯, plastics compounder, 工程塑料, 幕墙, 会展 / convention center, 地坪, 粮库, 夜店, 货车, 加盟,
dealership, 快餐, quick-service, food safety, 医院集团, hospital system, 后勤, 高速, 基建, 校舍,
儿童乐园, 购物中心, 综合体, 居家护理, 康复辅具, 民办学校, warehouse club, 环卫, 产业园, 档案, 保洁公司,
hygiene, deodoriz, odor, sticky (sticky notes), and the end buyers supermarket chain / 连锁超市,
hotel chain / 连锁酒店集团, hotel management company / 酒店管理公司. Kept despite a match, as
single words inside longer text: "mop" (corpus 11, set 19), 卫浴 (corpus 9, set 11), "parking"
(sets 13, 21), "partition" (corpus 1, set 27), 抗菌 / antimicrobial, and EVA (as a word in
corpus 3 and sets 18, 23; "EVA resin" and EVA粒子 are clean). The Chinese places are common
manufacturing towns that earlier sets name too; they carry no chain. The cleaning words that
matched (janitor, 保洁) are in sets whose docstrings list other products (hand dryers, hand
sanitizer, robot vacuums, wet wipes); none of the ten products below is in an earlier set.
Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from three neighbouring sectors of building upkeep, none in any earlier set:
  rodent bait stations, insect light traps, glue boards (pest control supplies); commercial mop
  heads, window squeegees, floor machine pads (commercial cleaning supplies); toilet
  partitions, urinal screens, grab bars, baby changing stations (restroom fixtures and
  accessories). Stages: R raw material or key component (weatherable compound maker, keyed
  lock maker, blacklight tube maker, trap adhesive maker, microfiber fabric mill, squeegee
  rubber maker, polyester staple fiber producer, compact laminate press, scent microcapsule
  maker, stainless tube mill, antimicrobial resin compounder…), M maker, D distributor /
  importer / wholesaler, E end buyer or user (pest control company, pharmaceutical warehouse
  operator, restaurant management company, tobacco leaf warehouse operator, commercial cleaning
  contractor, tower window cleaning company, parking garage operator, highway service plaza
  operator, truck stop chain, aging-in-place remodeler, kids' play center chain…). Each company
  is at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E
  seeks M or D). Chains of one sector stand beside each other (three, three and four).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``ocn001``… and ``ous001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies are written about in mainland business Chinese (five of them in English, one
  per way of writing); US companies in English (five of them in Chinese, one per way of
  writing: a Chinese patent firm, employment service, web agency, design institute or photo
  studio dealing with a US firm). Free text only: no stage or role codes.
* Five ways of writing, each by a provider of one professional or public service who notes in
  passing what the company is after, none used by an earlier set; each in both languages, 22
  documents each (8 CN, 14 US): a patent firm's new-matter intake memo (新案接洽记录 / NEW
  MATTER INTAKE MEMO: the improvement to protect, the commercial talks the filing must precede,
  prior-art check, privilege line); a public workforce board's employer profile after a visit
  (重点企业用工服务台账 / EMPLOYER PROFILE: headcount, openings, the deal new hiring waits on,
  training funds); a web agency's website project brief (网站建设需求单 / WEBSITE PROJECT BRIEF:
  pages, target visitors, inquiry forms); an architect's design brief from the owner interview
  (建筑设计任务书 / ARCHITECT'S PROGRAM NOTES: the visitor suite, showroom and meeting rooms and
  whom they are for); and a product photo studio's shoot order (产品拍摄下单表 / PHOTO SHOOT
  ORDER: shots, styling, whom the catalog is meant for). Per way and language: seven offer
  templates (one or two saying the stage only through the figures, with no role noun), five
  of each kind of want (four plan frames) and four neutral middle lines.
* Three kinds of want, evenly over each side and each way of writing: with a verb of seeking
  ("寻找", "寻求", "物色", "在找", "looking for", "seek", "find", "search"); naming the partner
  without one (a target visitor, a question, a condition, a deadline, an audience); or only
  implied by a plan that names no role of the partner. The generator checks that cue words
  occur in exactly the first kind and that plans name no noun, specific or generic, of the
  stage sought.
* Hard cases as in set 29, each in several documents: customers already served named in the
  offer (of a stage other than the one sought; 9), negated wants ("眼下用不着…", "… are off the
  table for now"; 10), role words in company names that differ from the company's stage (9),
  wants naming only a generic role and the country (9), a maker's want named by its input
  material (5); the want first, in the middle or last; third person throughout, with
  questions, conditions and plans; matter, project, order and visit numbers, fee notes,
  deliverables, privilege lines and sign-offs as genre boilerplate. Competitors of one stage in
  one chain share the stage's nouns and the genre's templates.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20300511
NAME = "roles_holdout30"
PREFIX = {"CN": "ocn", "US": "ous"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu bamboo barcode bathbomb bearing bed beef beer bellowsbox berry "
    "bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame boba boiler bonsaitray "
    "boothsystem bottle bowling bpmonitor brake bridal cabinet cable cabletie calculator camper "
    "candle carpet cart carton carwash cashmere casket catheter catlitter cattree caulkgun "
    "ceilingfan cement centrifuge cfrp chair chalk charging chessset choppingboard chopstick cider "
    "climbhold clipper cnc coathanger cocoa coffee coldchain compressor cone confetticannon "
    "conveyor cookware cosmetics costume countertop countingframe craftglitter crayon croquetset "
    "crowdbarrier crucible crusher cuirass cup dairy dartboardset dashcam deicer dentalunit desal "
    "desk dialyzer diaper dinnerware doccam dogharness dressing driedfruit drillbit drip drone "
    "drumhead dryer drywall dumpling duvet earbuds eartag ebike ebus egg electrode electrolyser "
    "elevator embhoop energydrink envelope epoxy esl evcharger excavator extinguisher eyelash "
    "eyewear fabricdye fastener faucet fencer fertilizer fgmesh film firework flatglass floss "
    "flour foldfan footwear forklift formula fountainpen fries frozenveg furniture gardenstatue "
    "garlic garment gearbox generics ginseng glassmosaic glove goalnet golf greenhouse greentea "
    "greetingcard grindwheel grout guitar gummy h2tank hairdryer hairdye hamaca handbag hangtag "
    "hearingaid heatexchanger heatpump heavybag helmet hinge hoist honey hose hotpot hotsauce "
    "hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense indgas infieldmix "
    "ink insulator intumescent inverter ivd jewelry jigsawpuzzle juice karaokeset kayak keg keypad "
    "kimchi kitecraft knife knitneedle kombucha kscope ladder lanyard latexballoon laundry "
    "lcdmodule led ledstreet lightgel lipbalm lithium localization locker loyly lubricant luggage "
    "magnet magnetwire mahjongtiles manhole mannequin marimbawood marinerope marotte massagechair "
    "mattress medal meddev microscope milkliner mistmaker mlcc modeltrack moisturemeter mold "
    "mooncake motor mountform mouthharp mower mushroom musicbox musicstand nailpolish netpen "
    "noodle nuts nylonyarn oatmilk oliveoil oring oven padlock paint pallet paperbag pasta pcb "
    "peach pencil perfume petfood phonecase piano pickle pickleball pictureframe pillow "
    "pinatacraft pingpong pipe pipette pipingtip piste playingcard popcorn posterminal pouch "
    "poultrydrinker powerchip powertool printing projscreen ptoshaft pump pv racking radiator "
    "railcar rainbarrel razor reagent rebar receiptroll reedcane reefer ribbon rice ricecooker "
    "ricenoodle rigidbox robot robotarm robovac rollerchain roofing rubbermulch saddle safetysign "
    "sandwichpanel sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood sealant "
    "seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder silk sink smartlock "
    "snowchain snowpaw socks sodamaker solarheater soy soysauce sparkplug spcfloor spice "
    "sportswear spring stagedrape stagetruss stapler startelescope stickynote storage stretchfilm "
    "stroller sugar sunglasses sunscreen surfboard suture swimwear swingseat syringe tackle tamtam "
    "tape tea tennisracket tent terrestrial thermostat tile toothbrush towel toxinbinder toy "
    "trampoline transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre "
    "ukulelekit umbrella upvcprofile valve vase vending vetvax vinegar violin visioncam vitamin "
    "wallcovering wallet walnut wastecart wastewater watch water watermeter waxwrap weldwire "
    "wetwipe wheelchair whiteboard wig wind windcock window wine wiperblade wrench xmastree yeast "
    "yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do (zh, en; a
# relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain (texts write "mop heads", "grab bars", never the key run together).
# ---------------------------------------------------------------------------------------------
PEST = ("虫害防治用品", "pest control supplies")
CLEAN = ("商用清洁用品", "commercial cleaning supplies")
REST = ("公共卫生间设施", "restroom fixtures and accessories")
CHAINS: dict[str, dict[str, object]] = {
    "baitstation": {
        "sector": PEST,
        "product": ("鼠饵站", "rodent bait stations"),
        "use": ("做灭鼠除虫服务", "run pest control routes"),
        "R": (("耐候改性料厂", "钥匙锁具厂", "饵剂配制厂"),
              ("weatherable compound maker", "keyed lock maker", "bait block formulator"),
              ("改性料年产3万吨，户外抗老化级", "锁具年产2000万套", "饵块年产5000吨，蜡块、软饵都有"),
              ("30,000 t of outdoor-grade compound a year", "20 million keyed locks a year", "5,000 t of wax blocks and soft baits a year")),
        "M": (("鼠饵站工厂", "灭鼠器具制造商", "鼠饵站OEM工厂"),
              ("bait station factory", "rodent control device maker", "bait station OEM"),
              ("年产鼠饵站600万个，大鼠、小鼠型号都有", "注塑机45台，每个型号都带钥匙锁", "可做贴牌印标，起订量2000个"),
              ("6 million stations a year in rat and mouse sizes", "45 injection presses, every model key-locked", "private-label runs from 2,000 stations")),
        "D": (("虫控用品进口商", "有害生物防治用品批发商", "鼠饵站品牌代理商"),
              ("pest control products importer", "pest control supply wholesaler", "bait station brand distributor"),
              ("客户灭虫公司1600家", "常备虫控用品2800种", "年出货鼠饵站90万个"),
              ("1,600 pest control operator accounts", "2,800 pest control items in stock", "900,000 stations shipped a year")),
        "E": (("有害生物防治公司", "食品厂集团", "医药仓储公司"),
              ("pest control company", "food plant group", "pharmaceutical warehouse operator"),
              ("服务网点40个，每月上门3万户", "工厂18座，围墙每隔十米一个饵站", "库区12个，每栋仓库外圈都布点"),
              ("40 branches servicing 30,000 accounts a month", "18 plants with a station every ten meters along the fence", "12 sites with stations ringing every building")),
        "material": (("耐候改性料", "钥匙锁具", "饵块"), ("weatherable compound", "keyed locks", "bait blocks")),
        "places": (("余姚", "台州", "慈溪"), ("Yuyao", "Taizhou", "Cixi")),
    },
    "insectlight": {
        "sector": PEST,
        "product": ("灭蝇灯", "insect light traps"),
        "use": ("得把苍蝇挡在后厨和车间外面", "have to keep flies out of kitchens and food plants"),
        "R": (("诱虫灯管厂", "电子镇流器厂", "不锈钢外壳厂"),
              ("blacklight tube maker", "electronic ballast maker", "stainless housing fabricator"),
              ("诱虫灯管年产3000万支", "镇流器年产1200万只", "外壳年产200万套"),
              ("30 million blacklight tubes a year", "12 million ballasts a year", "2 million housings a year")),
        "M": (("灭蝇灯工厂", "捕虫灯制造商", "灭蝇灯OEM工厂"),
              ("fly light factory", "insect trap maker", "fly light OEM"),
              ("年产灭蝇灯150万台，壁挂、吸顶都做", "装配线10条，粘捕式和电击式都有", "可做贴牌，起订量300台"),
              ("1.5 million units a year, wall and ceiling models", "10 assembly lines, adhesive-sheet and grid models", "private-label runs from 300 units")),
        "D": (("卫生设备进口商", "餐饮卫生用品批发商", "灭蝇灯品牌代理商"),
              ("sanitation equipment importer", "restaurant sanitation wholesaler", "fly light brand distributor"),
              ("客户餐厅和食品厂2000家", "常备餐饮卫生用品1500种", "年出货灭蝇灯12万台"),
              ("2,000 restaurant and plant accounts", "1,500 sanitation items in stock", "120,000 units shipped a year")),
        "E": (("餐厅管理公司", "肉制品加工厂", "医院设施管理中心"),
              ("restaurant management company", "meat processor", "hospital facilities group"),
              ("管理餐厅800家，每家后厨两台", "车间12个，每个入口都装", "医院26家，厨房和病区都要装"),
              ("800 restaurants, two units in each kitchen", "12 processing rooms with a unit at every door", "26 hospitals fitting kitchens and wards")),
        "material": (("诱虫灯管", "电子镇流器", "不锈钢外壳"), ("blacklight tubes", "electronic ballasts", "stainless housings")),
        "places": (("中山", "江门", "顺德"), ("Zhongshan", "Jiangmen", "Shunde")),
    },
    "glueboard": {
        "sector": PEST,
        "product": ("粘鼠板和粘虫板", "glue boards"),
        "use": ("要在库房和门店里防鼠防虫", "need to keep rodents and insects out of storerooms"),
        "R": (("粘虫胶厂", "白卡纸厂", "诱饵香料厂"),
              ("trap adhesive maker", "white cardboard mill", "attractant maker"),
              ("粘虫胶年产2万吨，不干、耐寒", "白卡纸年产20万吨", "诱饵香料年产800吨"),
              ("20,000 t of non-drying adhesive a year", "200,000 t of white cardboard a year", "800 t of food-grade attractant a year")),
        "M": (("粘鼠板工厂", "粘捕器材制造商", "粘板OEM工厂"),
              ("glue board factory", "adhesive trap maker", "glue board OEM"),
              ("年产粘鼠板1亿张", "涂胶线14条，黄板、蓝板也做", "可做贴牌彩盒，起订量一万张"),
              ("100 million boards a year", "14 coating lines, yellow and blue sheets too", "private-label boxed packs from 10,000 boards")),
        "D": (("家居五金进口商", "捕鼠用品批发商", "粘板品牌代理商"),
              ("home and hardware importer", "trap and bait wholesaler", "glue board brand distributor"),
              ("客户五金店3000家", "常备捕鼠用品600种", "年出货粘板2000万张"),
              ("3,000 hardware store accounts", "600 trap and bait lines in stock", "20 million boards shipped a year")),
        "E": (("折扣杂货店连锁", "烟叶仓储公司", "文件仓储公司"),
              ("discount variety store chain", "tobacco leaf warehouse operator", "records storage company"),
              ("门店300家，每家库房都放粘板", "仓库20座，烟叶最怕虫蛀", "库房40座，纸质文件最怕老鼠"),
              ("300 stores with boards in every stockroom", "20 warehouses guarding leaf against beetles", "40 vaults where paper records must stay rodent-free")),
        "material": (("粘虫胶", "白卡纸", "诱饵香料"), ("trap adhesive", "white cardboard", "attractant")),
        "places": (("临沂", "义乌", "保定"), ("Linyi", "Yiwu", "Baoding")),
    },
    "mophead": {
        "sector": CLEAN,
        "product": ("商用拖把头", "commercial mop heads"),
        "use": ("天天要拖地做清洁", "mop floors every day"),
        "R": (("超细纤维布厂", "再生纱纺纱厂", "塑料夹头注塑厂"),
              ("microfiber fabric mill", "recycled yarn spinner", "mop clip molder"),
              ("超细纤维布年产5000万米", "再生纱年产2万吨", "夹头年产3000万只"),
              ("50 million m of microfiber a year", "20,000 t of recycled yarn a year", "30 million mop clips a year")),
        "M": (("拖把头工厂", "湿拖制造商", "拖把OEM工厂"),
              ("mop head factory", "wet mop maker", "mop OEM"),
              ("年产拖把头2000万个，平板式、环状式都做", "缝制工人200人，可耐洗500次", "可做贴牌色标，起订量5000个"),
              ("20 million heads a year, flat and looped", "200 stitchers, heads rated for 500 washes", "private-label color-coded runs from 5,000 heads")),
        "D": (("清洁用品进口商", "清洁耗材批发商", "拖把品牌代理商"),
              ("cleaning supply importer", "sanitary supply wholesaler", "mop brand distributor"),
              ("客户清洁服务商2500家", "常备清洁耗材4000种", "年出货拖把头150万个"),
              ("2,500 cleaning contractor accounts", "4,000 cleaning items in stock", "1.5 million heads shipped a year")),
        "E": (("楼宇清洁公司", "医联体", "大学总务处"),
              ("commercial cleaning contractor", "regional hospital alliance", "campus operations office"),
              ("清洁工3000人，服务楼宇200栋", "医院30家，拖把头按颜色分区使用", "校区5个，宿舍和教学楼每天都拖"),
              ("3,000 cleaners in 200 office towers", "30 hospitals with heads color-coded by zone", "5 campuses mopped daily")),
        "material": (("超细纤维布", "再生纱", "塑料夹头"), ("microfiber", "recycled yarn", "mop clips")),
        "places": (("南通", "金华", "嘉兴"), ("Nantong", "Jinhua", "Jiaxing")),
    },
    "windowsqueegee": {
        "sector": CLEAN,
        "product": ("擦窗玻璃刮", "window squeegees"),
        "use": ("靠擦玻璃、洗外墙吃饭", "clean windows and glass facades for a living"),
        "R": (("橡胶刮条厂", "不锈钢槽条厂", "伸缩杆厂"),
              ("squeegee rubber maker", "stainless channel mill", "extension pole maker"),
              ("刮条年产800万米", "槽条年产3000吨", "伸缩杆年产200万根"),
              ("8 million m of rubber strip a year", "3,000 t of stainless channel a year", "2 million poles a year")),
        "M": (("玻璃刮工厂", "擦窗工具制造商", "玻璃刮OEM工厂"),
              ("squeegee factory", "window cleaning tool maker", "squeegee OEM"),
              ("年产玻璃刮600万把，宽25到55厘米", "冲压注塑线8条", "可做贴牌，起订量500把"),
              ("6 million squeegees a year, 25 to 55 cm wide", "8 stamping and molding lines", "private-label runs from 500 squeegees")),
        "D": (("擦窗工具进口商", "专业清洁工具批发商", "玻璃刮品牌代理商"),
              ("window tool importer", "professional cleaning tool wholesaler", "squeegee brand distributor"),
              ("客户擦窗公司900家", "常备擦窗工具700种", "年出货玻璃刮40万把"),
              ("900 window cleaning company accounts", "700 window tools in stock", "400,000 squeegees shipped a year")),
        "E": (("高空外墙清洗公司", "上门擦窗连锁", "玻璃外墙大厦业主"),
              ("tower window cleaning company", "home window washing chain", "glass tower landlord"),
              ("高空作业员400人，服务楼宇300栋", "门店120家，每月用掉刮条上千根", "大厦9栋，外墙玻璃每月一洗"),
              ("400 rope-access technicians on 300 buildings", "120 territories going through a thousand rubbers a month", "9 towers whose glass is washed monthly")),
        "material": (("橡胶刮条", "不锈钢槽条", "伸缩杆"), ("squeegee rubber", "stainless channel", "extension poles")),
        "places": (("永康", "丽水", "上饶"), ("Yongkang", "Lishui", "Shangrao")),
    },
    "floorpad": {
        "sector": CLEAN,
        "product": ("洗地机百洁垫", "floor machine pads"),
        "use": ("常年洗地、起蜡、抛光", "scrub, strip and polish floors"),
        "R": (("涤纶短纤厂", "磨料微粉厂", "树脂胶粘剂厂"),
              ("polyester staple fiber producer", "abrasive powder mill", "resin binder maker"),
              ("短纤年产1万吨", "磨料微粉年产8000吨", "树脂胶年产6000吨"),
              ("10,000 t of staple fiber a year", "8,000 t of abrasive powder a year", "6,000 t of resin binder a year")),
        "M": (("百洁垫工厂", "地面护理耗材制造商", "百洁垫OEM工厂"),
              ("floor pad plant", "floor care consumables maker", "floor pad OEM"),
              ("年产百洁垫3000万片，13到27英寸", "成型线6条，从白垫到黑垫各级都做", "可做贴牌，起订量一个托盘"),
              ("30 million pads a year, 13 to 27 inches", "6 forming lines, every grade from white to black", "private-label runs from one pallet")),
        "D": (("地面护理用品进口商", "清洁设备批发商", "百洁垫代理商"),
              ("floor care importer", "cleaning equipment wholesaler", "floor pad distributor"),
              ("客户清洁服务商和学校1400家", "常备洗地机配件1200种", "年出货百洁垫300万片"),
              ("1,400 contractor and school accounts", "1,200 floor machine parts in stock", "3 million pads shipped a year")),
        "E": (("地面保养公司", "仓储超市连锁", "停车楼运营商"),
              ("floor maintenance contractor", "membership warehouse store chain", "parking garage operator"),
              ("洗地机200台，年保养地面800万平方米", "门店50家，每晚洗地一次", "停车楼60座，每周冲洗一遍"),
              ("200 scrubbers covering 8 million m² a year", "50 stores scrubbed every night", "60 garages scrubbed weekly")),
        "material": (("涤纶短纤", "磨料微粉", "树脂胶"), ("polyester staple fiber", "abrasive powder", "resin binder")),
        "places": (("淄博", "新乡", "常熟"), ("Zibo", "Xinxiang", "Changshu")),
    },
    "toiletpartition": {
        "sector": REST,
        "product": ("卫生间隔断", "toilet partitions"),
        "use": ("要新建或翻新大批公共卫生间", "build or renovate public restrooms"),
        "R": (("抗倍特板厂", "隔断五金厂", "不锈钢支脚厂"),
              ("compact laminate press", "partition hardware foundry", "stainless support leg maker"),
              ("抗倍特板年产120万张，厚12毫米", "隔断五金年产500万套", "支脚年产600万只"),
              ("1.2 million 12 mm compact boards a year", "5 million hardware sets a year", "6 million support legs a year")),
        "M": (("隔断工厂", "公厕隔断制造商", "隔断OEM工厂"),
              ("partition factory", "restroom cubicle maker", "partition OEM"),
              ("年产隔断8万间", "数控开料机20台，按图纸下料", "可按项目定做，起订量20间"),
              ("80,000 stalls a year", "20 CNC panel saws cutting to drawings", "made to project drawings from 20 stalls")),
        "D": (("商业建材进口商", "隔断安装分销商", "隔断品牌代理商"),
              ("commercial building products importer", "partition installer-distributor", "partition brand distributor"),
              ("客户总包商800家", "年安装隔断1.2万间", "年出货隔断1万间"),
              ("800 general contractor accounts", "12,000 stalls installed a year", "10,000 stalls shipped a year")),
        "E": (("公路服务区运营公司", "学校建设管理中心", "办公园区开发商"),
              ("highway service plaza operator", "school construction office", "office park developer"),
              ("服务区70对，厕所每三年翻新一次", "每年新建改建学校15所", "在建楼宇12栋"),
              ("70 service plazas renovating restrooms every three years", "15 schools built or rebuilt a year", "12 office buildings under construction")),
        "material": (("抗倍特板", "隔断五金", "不锈钢支脚"), ("compact laminate", "partition hardware", "stainless support legs")),
        "places": (("佛山", "肇庆", "惠州"), ("Foshan", "Zhaoqing", "Huizhou")),
    },
    "urinalscreen": {
        "sector": REST,
        "product": ("小便池除臭垫", "urinal screens"),
        "use": ("管着人流量大的公共厕所", "keep busy public restrooms clean and fresh"),
        "R": (("EVA粒子厂", "芳香微胶囊厂", "除味菌剂厂"),
              ("EVA resin producer", "scent microcapsule maker", "microbial blend maker"),
              ("EVA年产5万吨", "微胶囊年产1500吨，香型60种", "菌剂年产300吨"),
              ("50,000 t of EVA a year", "1,500 t of microcapsules a year in 60 scents", "300 t of microbial blend a year")),
        "M": (("除臭垫工厂", "卫生间除味用品制造商", "除臭垫OEM工厂"),
              ("urinal screen factory", "restroom freshener maker", "urinal screen OEM"),
              ("年产除臭垫5000万片，香味持续30天", "注塑机60台", "可做贴牌，起订量一万片"),
              ("50 million screens a year, scented for 30 days", "60 injection presses", "private-label runs from 10,000 screens")),
        "D": (("卫生间耗材进口商", "除味用品批发商", "除臭垫品牌代理商"),
              ("washroom consumables importer", "restroom freshener wholesaler", "urinal screen distributor"),
              ("客户清洁服务商1800家", "常备卫生间耗材900种", "年出货除臭垫600万片"),
              ("1,800 cleaning company accounts", "900 washroom consumables in stock", "6 million screens shipped a year")),
        "E": (("司机之家连锁", "客运站运营公司", "市政公厕管理处"),
              ("truck stop chain", "bus terminal operator", "municipal sanitation department"),
              ("站点260个，厕所一天冲洗四次", "车站30座，日均旅客十万人次", "管着公厕1200座"),
              ("260 truck stops cleaning restrooms four times a day", "30 terminals with 100,000 travelers a day", "1,200 public toilets under its care")),
        "material": (("EVA粒子", "芳香微胶囊", "除味菌剂"), ("EVA resin", "scent microcapsules", "microbial blend")),
        "places": (("东莞", "汕头", "揭阳"), ("Dongguan", "Shantou", "Jieyang")),
    },
    "grabbar": {
        "sector": REST,
        "product": ("无障碍扶手", "grab bars"),
        "use": ("照护老人或行动不便的人", "look after older or less mobile people"),
        "R": (("不锈钢管厂", "尼龙粉涂料厂", "安装座铸造厂"),
              ("stainless tube mill", "nylon powder coating maker", "mounting flange foundry"),
              ("不锈钢管年产4万吨，管径32毫米为主", "尼龙粉年产2000吨，可加抗菌", "安装座年产800万只"),
              ("40,000 t of 32 mm tube a year", "2,000 t of nylon powder a year", "8 million flanges a year")),
        "M": (("扶手工厂", "无障碍设施制造商", "扶手OEM工厂"),
              ("grab bar factory", "accessibility hardware maker", "grab bar OEM"),
              ("年产扶手300万根，一字型、L型都做", "弯管焊接线15条", "可做贴牌，起订量200根"),
              ("3 million bars a year, straight and L-shaped", "15 bending and welding lines", "private-label runs from 200 bars")),
        "D": (("卫浴五金进口商", "助老用品批发商", "扶手品牌代理商"),
              ("bath hardware importer", "home care products wholesaler", "grab bar brand distributor"),
              ("客户五金店和水暖商1500家", "常备助老用品1100种", "年出货扶手25万根"),
              ("1,500 plumbing and hardware accounts", "1,100 home care items in stock", "250,000 bars shipped a year")),
        "E": (("适老化改造公司", "公租房管理中心", "医院工程部"),
              ("aging-in-place remodeler", "public housing authority", "hospital engineering department"),
              ("年改造居家卫生间4000个", "公租房1.2万套，卫生间逐套加装扶手", "医院18家，病房卫生间全部装扶手"),
              ("4,000 home bathrooms remodeled a year", "12,000 public housing units getting bars one by one", "18 hospitals with bars in every patient bathroom")),
        "material": (("不锈钢管", "尼龙粉", "安装座"), ("stainless tube", "nylon powder coating", "mounting flanges")),
        "places": (("潮州", "开平", "台山"), ("Chaozhou", "Kaiping", "Taishan")),
    },
    "changingstation": {
        "sector": REST,
        "product": ("婴儿护理台", "baby changing stations"),
        "use": ("经营带娃家长常去的场所", "run places that parents with babies visit"),
        "R": (("抗菌塑料粒子厂", "一次性护理垫厂", "钢制挂板冲压厂"),
              ("antimicrobial resin compounder", "disposable changing pad maker", "steel wall plate stamper"),
              ("抗菌料年产1.5万吨", "护理垫年产3亿片", "挂板年产400万片"),
              ("15,000 t of antimicrobial compound a year", "300 million disposable pads a year", "4 million wall plates a year")),
        "M": (("护理台工厂", "母婴室设施制造商", "护理台OEM工厂"),
              ("changing station factory", "family restroom fixture maker", "changing station OEM"),
              ("年产护理台60万台，横式、竖式都做", "注塑机30台", "可做贴牌，起订量100台"),
              ("600,000 units a year, horizontal and vertical", "30 injection presses", "private-label runs from 100 units")),
        "D": (("商用洁具进口商", "卫生间配件批发商", "护理台品牌代理商"),
              ("commercial washroom importer", "washroom accessories wholesaler", "changing station brand distributor"),
              ("客户装修公司1000家", "常备卫生间配件1300种", "年出货护理台5万台"),
              ("1,000 contractor accounts", "1,300 washroom accessories in stock", "50,000 units shipped a year")),
        "E": (("商场运营商", "亲子乐园连锁", "高铁站商业运营公司"),
              ("shopping center operator", "kids' play center chain", "train station retail operator"),
              ("商场35座，每层一间母婴室", "门店80家，每家两台", "车站40座，母婴室全部配齐"),
              ("35 malls with a family room on every floor", "80 play centers, two units each", "40 stations, each with a family room")),
        "material": (("抗菌塑料粒子", "一次性护理垫", "钢制挂板"), ("antimicrobial resin", "disposable changing pads", "steel wall plates")),
        "places": (("宁波", "象山", "平湖"), ("Ningbo", "Xiangshan", "Pinghu")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("宾夕法尼亚州阿伦敦", "Allentown, Pennsylvania"), ("威斯康星州格林贝", "Green Bay, Wisconsin"),
             ("田纳西州查塔努加", "Chattanooga, Tennessee"), ("新墨西哥州阿尔伯克基", "Albuquerque, New Mexico"),
             ("内布拉斯加州奥马哈", "Omaha, Nebraska"), ("南卡罗来纳州格林维尔", "Greenville, South Carolina"),
             ("华盛顿州斯波坎", "Spokane, Washington"), ("阿肯色州小石城", "Little Rock, Arkansas"),
             ("密歇根州大急流城", "Grand Rapids, Michigan"), ("佛蒙特州伯灵顿", "Burlington, Vermont"),
             ("亚拉巴马州亨茨维尔", "Huntsville, Alabama"), ("俄克拉何马州塔尔萨", "Tulsa, Oklahoma"),
             ("印第安纳州韦恩堡", "Fort Wayne, Indiana"), ("内华达州里诺", "Reno, Nevada"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供货商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端客户", "最终用户", "直接用户")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国本土的{n}", "有规模的美国{n}", "口碑好的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the United States", "a US-based {n}", "an established American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} on the Chinese side", "an established Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "国内的{n}", "有规模的中国{n}", "口碑好的中国{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "美国进口的{n}", "来自美国的{n}"),
    ("CN", "en"): ("{n} made in the US", "American-made {n}", "{n} sourced from the US"),
    ("US", "en"): ("{n} made in China", "Chinese-made {n}", "{n} sourced from China"),
    ("US", "zh"): ("中国产的{n}", "中国进口的{n}", "来自中国的{n}"),
}  # fmt: skip
# Country words for the plans: the partner's country as seen from the company.
COUNTRY = {
    ("CN", "zh"): ("美国", "美国"),
    ("CN", "en"): ("the US", "American"),
    ("US", "en"): ("China", "Chinese"),
    ("US", "zh"): ("中国", "中国"),
}

# A maker's want named by its input material (a cue word, or none); third person.
MATERIAL_WANT = {
    "zh": {"cue": ("{it}正在寻找{want}的稳定货源。", "{it}在找{want}，打算先小批量试用。", "{it}寻求{want}长期供货。"),
           "named": ("{want}：用量稳定，供货方待定。", "{it}目前卡脖子的是{want}。", "{it}今年采购清单上的第一项：{want}。")},
    "en": {"cue": ("{It} is looking for a steady source of {want}.", "{It} seeks {want}, trial lot first.", "{It} hopes to find {want} in reliable volume."),
           "named": ("{want_cap}: regular volume, vendor undecided.", "What holds {it} back right now is {want}.", "First line on {its} purchase list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product}.
PLANS = {
    ("R", "M"): {"zh": ("公司打算让自家的{mat_own}在{cty}做{product}的生产线上站稳脚跟，三年内做到稳定批量。",
                        "明年起，{mat_own}要拿出一部分专供{cty}，用来做{product}。",
                        "新扩的产能，瞄准的是{cty}生产{product}要用的{mat_own}。"),
                 "en": ("It wants its {mat_own} to become a regular input for {product} made in {cty} within three years.",
                        "From next year part of its output of {mat_own} is set aside to go into {product} made in {cty}.",
                        "The expansion under way is sized for {mat_own} that ends up inside {product} made in {cty}.")},
    ("M", "R"): {"zh": ("{mat}准备明年改由{cty}供应，先从一个小批量开始。",
                        "公司计划把{mat}的采购挪到{cty}，下半年签第一份年度合同。",
                        "今年预算里列了一笔钱，专门用来从{cty}进{mat}。"),
                 "en": ("Its {mat} is to come from {cty} starting next year, beginning with a small lot.",
                        "Purchasing of {mat} moves to {cty} in the second half, under a first annual contract.",
                        "This year's budget has a line for bringing in {mat} from {cty}.")},
    ("M", "D"): {"zh": ("公司想让{cty}的零售店明年就能摆上自家的{product}，仓储和配送交给当地去做。",
                        "{product}打进{cty}的门店渠道是今年头号任务，公司不打算自己在那边开仓。",
                        "目标是一年内{cty}各地都能现货买到它的{product}。"),
                 "en": ("It wants its {product} on store shelves across {cty} next year, with storage and delivery handled locally.",
                        "Getting its {product} into {cty_adj} stores is this year's first job; it will not run a warehouse there itself.",
                        "Within a year, buyers anywhere in {cty} should be able to get its {product} from local stock.")},
    ("M", "E"): {"zh": ("今后{product}打算直接卖给{cty}那些{use}的单位，不走中间环节。",
                        "明年要和{cty}几家{use}的大单位直接签年度合同。",
                        "公司希望{cty}{use}的人，能直接从它这里下单。"),
                 "en": ("From here on it wants to sell {product} straight to organizations in {cty} that {use}, with no one in between.",
                        "Next year it plans direct annual contracts with a few large outfits in {cty} that {use}.",
                        "The idea is that people in {cty} who {use} can order straight from its own plant.")},
    ("D", "M"): {"zh": ("明年的目录里要加一条{cty}生产的{product}，价格比现有的低一档。",
                        "打算把{cty}造的{product}引进来，贴自有品牌卖。",
                        "下季度起，{product}要直接从{cty}的源头拿货。"),
                 "en": ("Next year's catalog adds a line of {product} made in {cty}, one price tier below what it carries now.",
                        "It intends to bring in {cty_adj}-made {product} under its own label.",
                        "Starting next quarter, its {product} will come straight from the source in {cty}.")},
    ("D", "E"): {"zh": ("仓里的{product}今年准备直接供给{cty}那些{use}的单位。",
                        "下一步要在{cty}攒一批{use}的回头客，按月补货。",
                        "今年想让{cty}{use}的人，都从它这里拿{product}。"),
                 "en": ("This year the {product} it keeps in stock is meant for organizations in {cty} that {use}.",
                        "Next it wants a base of repeat accounts in {cty} among those who {use}, restocked every month.",
                        "The goal this year: people in {cty} who {use} get their {product} from its warehouse.")},
    ("E", "M"): {"zh": ("下一批{product}打算拿着自己的规格书到{cty}直接下生产单。",
                        "明年开始，{product}要在{cty}按自家标准专门生产，不再买市面上的通货。",
                        "公司准备在{cty}开一套自己的模具，{product}从此照它的图纸做。"),
                 "en": ("It intends to take its own spec sheet to {cty} and have the next run of {product} made to it.",
                        "From next year its {product} will be produced in {cty} to its own standard, not bought off the shelf.",
                        "It plans to pay for its own tooling in {cty} so that its {product} is made to its drawings.")},
    ("E", "D"): {"zh": ("以后{product}想在{cty}就近从现货里补，两周内到。",
                        "今年{product}要改成在{cty}从本地库存少量多次地补。",
                        "不想再等整柜海运了，{product}打算直接在{cty}拿现成库存。"),
                 "en": ("Going forward it wants {product} replenished from stock already in {cty}, delivered inside two weeks.",
                        "This year it will reorder {product} in small, frequent lots from inventory sitting in {cty}.",
                        "No more waiting on full containers: its {product} should come from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}这回不在考虑范围内。", "暂不打算和{neg}打交道。", "跟{neg}的合作先放一放。", "眼下用不着{neg}。"),
    "en": ("{plural_cap} are off the table for now.", "It is not talking to {plural} at this point.", "No {plural}, at least not this year.",
           "{plural_cap} need not apply."),
}  # fmt: skip
SERVED = {
    "zh": ("合作多年的客户里有{c1}、{c2}等{k}家{cnoun}。", "目前主要供货给{cnoun}，如{c1}和{c2}。", "{c1}、{c2}两家{cnoun}是它的长期客户。"),
    "en": ("Long-standing accounts include {k} {cnoun_pl}, among them {c1} and {c2}.",
           "Most of what it sells now goes to {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, buy from it regularly."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("宏达", "金盛", "联合", "康源", "佳美", "东方", "百顺", "安泰"),
    "en": ("Whitcombe", "Larkspur", "Ostrander", "Pruitt", "Castellan", "Mayhew", "Brannock", "Delacroix"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a provider of one professional or public service. Each: offer
# templates; want templates of three kinds ("cue": with a verb of seeking, "named": naming the
# partner without one, "plan": a frame around an implied plan); neutral middle lines; header
# lines and trailing lines ("!" marks a closing line). Slots: name it It its Its noun detail
# place year age year2 month month_zh d k m pct person who whos title staff office want
# want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "patentmemo": {  # a patent firm's intake memo on a new matter
        "zh": {
            "offer": ("委托人：{name}，{place}的{noun}，{detail}。",
                      "{name}为{noun}，{detail}；本次委托就一项改进结构申请实用新型专利。",
                      "{person}（{name}{title}）来所咨询专利布局。公司是一家{noun}，{detail}。",
                      "新客户{name}，{year}年成立，{noun}，{detail}。",
                      "{name}，{detail}，此前在本所办过两件外观设计。",
                      "经初步沟通，{name}是一家{noun}，{detail}，技术方案已有书面材料。",
                      "{name}地处{place}，{detail}。客户自称是{noun}。"),
            "cue": ("{who}提到，{it}正在寻找{want}，担心方案在洽谈中外泄，想先拿到申请号。",
                    "申请的商业背景：{it}在物色{want}，专利是谈判筹码之一。",
                    "{it}寻求与{want}长期合作，要求同时考虑对方所在国的同族申请。",
                    "据{who}说，{it}还在找{want}，所以检索意见希望两周内出。",
                    "{who}直言，寻找{want}之前，得先把申请递上去。"),
            "named": ("客户关心：向{want}披露技术前，是否要先签保密协议？",
                      "{who}问，{it}若和{want}签约，专利许可怎么写进合同？",
                      "本案要赶在{it}与{want}首次会面前提交。",
                      "商业对手方：{want}（具体哪一家尚未确定）。",
                      "{it}下一步要对接的是{want}，申请文件需备英文摘要。"),
            "plan": ("委托背景：{plan}",
                     "{who}介绍了公司打算：{plan}",
                     "与本案相关的经营计划：{plan}",
                     "据客户陈述，{plan}"),
            "mid": ("技术交底书初稿已收到，共{m}页附图。", "初步检索未发现明显冲突的在先专利。",
                    "客户同意按件计费，官费另计。", "拟同时提交发明和实用新型两件申请。"),
            "head": ("新案接洽记录", "专利代理｜案源登记 编号ZL{year2}{k}{d}", "客户接洽备忘（{month_zh}月{d}日）"),
            "tail": ("下一步：两周内出具检索意见和申请建议。", "本记录属保密材料，仅限本所内部使用。", "!接洽人：{staff}（专利代理师）"),
        },
        "en": {
            "offer": ("Prospective client: {name}, a {noun} in {place}; {detail}.",
                      "Met with {person}, {title} of {name}, about protecting a redesigned product. The company is a {noun}: {detail}.",
                      "{name} ({noun}, founded {year}) wants a utility filing on an improved design; {detail}.",
                      "{name} came to us through an existing client. It describes itself as a {noun}; {detail}.",
                      "Client background. {name}, {place}: {detail}.",
                      "{name} is a {noun} ({detail}) with two design patents already on file elsewhere.",
                      "Conflict check run on {name}, a {noun} with {age} years in business; {detail}."),
            "cue": ("Commercial context: {it} is looking for {want}, and {who} wants something on file before the first meeting.",
                    "{who} explained that {it} seeks {want} and worries about showing drawings before filing.",
                    "{It} hopes to find {want} this year; a pending application would help those talks.",
                    "Timing driver: {its} search for {want} starts next quarter.",
                    "{who} said {it} is out to find {want} and asked whether a provisional would be enough."),
            "named": ("{who} asked whether an NDA is needed before {want} can see the prototype.",
                      "Licensing question: if {it} signs with {want}, who owns improvements made along the way?",
                      "Filing deadline set by {its} first meeting with {want}, not yet scheduled.",
                      "Counterparty in view: {want}; no name yet.",
                      "Any license or supply terms will be negotiated with {want}."),
            "plan": ("Business plans relevant to the filing: {plan}",
                     "{who} described where the company is headed. {plan}",
                     "Context from the client: {plan}",
                     "Why now, per the client: {plan}"),
            "mid": ("Invention disclosure received: {m} pages with drawings.", "Preliminary prior-art check found nothing blocking.",
                    "Fee estimate sent; official fees billed at cost.", "Client prefers a provisional first, then a full filing within twelve months."),
            "head": ("NEW MATTER INTAKE MEMO — PATENTS", "Matter no. P-{year2}-{k}{d} · Conflicts cleared", "Client intake notes ({month} {d})"),
            "tail": ("Next step: patentability opinion within two weeks.", "Privileged and confidential; attorney work product.", "!Intake by {staff}, patent agent"),
        },
    },
    "employerfile": {  # a public workforce board's employer profile after a visit
        "zh": {
            "offer": ("企业名称：{name}；所在地：{place}；主营：{noun}，{detail}。",
                      "{month_zh}月{d}日走访{name}。该企业是一家{noun}，{detail}，在职员工约{k}0人。",
                      "{name}成立于{year}年，属{noun}，{detail}，近三年用工稳定。",
                      "经{title}{person}介绍，{name}{detail}，是本区重点服务企业。",
                      "{name}（{noun}）{detail}，去年参加过本中心的专场招聘会。",
                      "服务对象：{name}，{noun}，{detail}；员工以本地人为主。",
                      "{name}在{place}已经办了{age}年，{detail}。"),
            "cue": ("企业下半年的用工计划和业务挂钩：{it}正在寻找{want}，谈成后要扩招一个班组。",
                    "{who}介绍，公司在物色{want}，所以先不急着招人。",
                    "{it}寻求和{want}合作，外语和外贸岗位人员紧缺。",
                    "据{who}讲，{it}在找{want}，若谈成需要新增叉车工和质检员。",
                    "走访中{who}提出，想请本中心帮忙推荐涉外人才，因为{it}正在寻找{want}。"),
            "named": ("企业反映的困难：缺少对接{want}的渠道，也缺懂外贸的人。",
                      "{who}问：区里有没有组织去对接{want}的出访团？",
                      "如果与{want}的合作落地，企业预计新增岗位{m}0个。",
                      "{it}近期的重点：{want}。",
                      "{it}下一步要打交道的是{want}，需要双语业务员。"),
            "plan": ("企业发展规划：{plan}",
                     "{who}谈到今后打算：{plan}",
                     "用工需求背景：{plan}",
                     "走访了解到，{plan}"),
            "mid": ("企业已申领稳岗补贴。", "现有空缺岗位{m}个，以操作工为主。",
                    "企业社保缴纳正常，无欠薪记录。", "建议推荐参加下月的技能培训补贴项目。"),
            "head": ("重点企业用工服务台账", "{office}｜企业走访记录", "用工需求登记（{month_zh}月{d}日走访）"),
            "tail": ("服务措施：纳入重点企业用工监测名单。", "下次回访：一个季度后。", "!企业服务专员：{staff}"),
        },
        "en": {
            "offer": ("Employer: {name}, {place}. Industry: {noun}; {detail}.",
                      "Visited {name} on {month} {d}. It is a {noun} with about {k}0 employees; {detail}.",
                      "{name} has been a {noun} since {year}: {detail}. Turnover is low.",
                      "Met {person}, {title}, at {name}, a {noun} ({detail}).",
                      "{name} ({detail}) has hired through our job fairs twice.",
                      "Employer background: {name} is a {noun} in {place}; {detail}.",
                      "{name} has operated in {place} for {age} years; {detail}."),
            "cue": ("Hiring outlook depends on one thing: {it} is looking for {want}, and a deal would add a second shift.",
                    "{who} said {it} seeks {want} before it commits to new hires.",
                    "{It} is trying to find {want}; bilingual sales staff would be needed if it does.",
                    "Per {who}, the team hopes to find {want} by year end and will hire once it does.",
                    "{who} asked whether the board knows anyone, since {it} is searching for {want}."),
            "named": ("Business barrier noted: no contacts yet with {want}.",
                      "{who} asked whether the board's trade program could introduce {want}.",
                      "If {it} signs a contract with {want}, {m}0 new positions are expected.",
                      "Growth driver named by the employer: {want}.",
                      "Next partner on {its} list: {want}; hiring waits on that."),
            "plan": ("Growth plans shared during the visit: {plan}",
                     "{who} outlined the year ahead. {plan}",
                     "Business outlook: {plan}",
                     "Context for the hiring forecast: {plan}"),
            "mid": ("{m} openings posted, mostly production and warehouse.", "Eligible for incumbent worker training funds.",
                    "No layoffs in the past three years.", "Interested in an apprenticeship for maintenance techs."),
            "head": ("EMPLOYER PROFILE — Business Services", "{office} · Employer visit log", "Employer account notes ({month} {d})"),
            "tail": ("Follow-up: send the on-the-job training application.", "Profile shared with the regional economic development office.", "!Business services rep: {staff}"),
        },
    },
    "webbrief": {  # a web agency's website project brief
        "zh": {
            "offer": ("客户：{name}，{noun}，{detail}。",
                      "{name}是{place}的一家{noun}，{detail}，现有网站是{year}年做的，需要改版。",
                      "项目对接人{person}（{name}{title}）。公司为{noun}，{detail}。",
                      "客户简介（用于“关于我们”页）：{name}，{detail}。",
                      "{name}成立于{year}年，{noun}，{detail}；网站需中英双语。",
                      "{name}，{noun}，{detail}，之前只有一个产品展示页。",
                      "本次为{name}建英文站。该公司{detail}，属{noun}。"),
            "cue": ("网站目标：{it}正在寻找{want}，首页要让对方一眼看懂公司能做什么。",
                    "{who}说，公司在物色{want}，询盘表单要直接发到销售邮箱。",
                    "{it}寻求与{want}合作，网站要放资质证书和实拍照片。",
                    "{who}强调：做这个网站，就是为了寻找{want}。",
                    "{it}在找{want}，要求网站上线前做好搜索引擎收录。"),
            "named": ("目标访客：{want}。",
                      "{who}问：什么样的页面最能打动{want}？",
                      "若网站能带来{want}的询盘，{it}愿意续签一年运维。",
                      "{it}最想让网站吸引的是{want}。",
                      "首页的“联系我们”按钮，文案要写给{want}看。"),
            "plan": ("客户介绍的建站背景：{plan}",
                     "{who}在需求会上说：{plan}",
                     "网站要服务的经营目标：{plan}",
                     "内容规划依据：{plan}"),
            "mid": ("页面约{k}页，含产品中心和新闻。", "客户提供产品照片和文字，文案由我方润色。",
                    "要求手机端适配，首屏加载3秒以内。", "服务器放海外，域名已注册。"),
            "head": ("网站建设需求单", "建站项目｜需求编号WZ{year2}{k}{d}", "外贸网站改版需求确认（{month_zh}月{d}日）"),
            "tail": ("报价见附件，首付50%后启动设计。", "工期约{m}周，含两轮修改。", "!项目经理：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} is a {noun} ({detail}); its current site dates from {year} and needs a rebuild.",
                      "Primary contact: {person}, {title} at {name}. The business is a {noun}: {detail}.",
                      "About-page copy supplied by the client: {name}, {detail}.",
                      "{name} ({noun}, est. {year}) needs a bilingual site; {detail}.",
                      "Kickoff held with {name}, a {noun}; {detail}.",
                      "New build for {name}, {place}. The firm is a {noun}; {detail}."),
            "cue": ("Site goal: {it} is looking for {want}, and the home page has to make the case in ten seconds.",
                    "{who} said {it} seeks {want}; inquiry forms should go straight to the sales inbox.",
                    "{It} hopes to find {want} through search, so the copy needs the terms they would type.",
                    "The site exists to help {it} find {want}, per {who}.",
                    "{who} put it bluntly: the search for {want} is the whole point of the project."),
            "named": ("Target visitor: {want}.",
                      "{who} asked what page would convince {want} to get in touch.",
                      "If the site brings in inquiries from {want}, {it} will sign a maintenance retainer.",
                      "Primary audience, per the kickoff: {want}.",
                      "Every call to action on {its} site is to be written for {want}."),
            "plan": ("Business context for the build: {plan}",
                     "{who} gave the background at kickoff. {plan}",
                     "What the site has to support: {plan}",
                     "Client's note: {plan}"),
            "mid": ("About {k} pages, including a product catalog and a news section.", "Client supplies photos; we edit the copy.",
                    "Mobile-first; pages must load in under three seconds.", "Hosting in the target market; domain already registered."),
            "head": ("WEBSITE PROJECT BRIEF", "Web build · Project {year2}-{k}{d}", "Site redesign kickoff notes ({month} {d})"),
            "tail": ("Estimate attached; design starts on a 50% deposit.", "Timeline: {m} weeks, two rounds of revisions.", "!Account lead: {staff}"),
        },
    },
    "archbrief": {  # an architect's design brief from the owner interview
        "zh": {
            "offer": ("业主：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，拟在现址旁新建一栋综合楼。",
                      "业主代表{person}（{name}{title}）参加了需求访谈。业主为{noun}，{detail}。",
                      "项目背景：{name}成立于{year}年，{detail}，现有场地已不够用。",
                      "{name}（{noun}）{detail}；新楼用地约{k}亩。",
                      "委托方{name}属{noun}，{detail}。",
                      "{name}，{detail}，这是本院第二次为其做设计。"),
            "cue": ("新楼一层设接待展示区，因为{it}正在寻找{want}，来访洽谈会越来越多。",
                    "{who}说明，公司在物色{want}，会议室要能同时接待两批客人。",
                    "{it}寻求与{want}合作，样品间要按对方来访参观的动线布置。",
                    "{who}提到{it}在找{want}，二层留作洽谈室和样品库。",
                    "业主强调：接待区是为寻找{want}准备的，面积宁大勿小。"),
            "named": ("{who}问：接待区怎么设计，才能让来访的{want}印象深刻？",
                      "业主要求：展示厅的参观路线按{want}来访的习惯设计。",
                      "接待区的主要来访者：{want}。",
                      "若{it}与{want}的合作谈成，二期还要加建仓库。",
                      "{it}的洽谈室面向的是{want}，要配同声传译设备。"),
            "plan": ("业主介绍的经营设想：{plan}",
                     "{who}在访谈中谈到：{plan}",
                     "设计依据之一：{plan}",
                     "功能需求的出发点：{plan}"),
            "mid": ("总建筑面积控制在{k}00平方米以内。", "业主要求明年{month_zh}月前完成施工图。",
                    "立面风格简洁，外墙考虑保温装饰一体板。", "屋面需预留光伏荷载。"),
            "head": ("建筑设计任务书（摘要）", "方案设计委托｜项目编号JS{year2}{k}{d}", "业主需求访谈记录（{month_zh}月{d}日）"),
            "tail": ("下一步：提交两版总平面比选方案。", "本任务书经业主确认后作为设计依据。", "!记录：{staff}（建筑师）"),
        },
        "en": {
            "offer": ("Owner: {name}, a {noun} in {place} ({detail}).",
                      "{name} is a {noun}; {detail}. It plans a new building next to its current site.",
                      "Interviewed {person}, {title} of {name}, about the program. The owner is a {noun}: {detail}.",
                      "Project background: {name}, founded {year}, {detail}; the current space is maxed out.",
                      "{name} ({noun}; {detail}) has about {k} acres to work with.",
                      "Client: {name}, {noun}, {detail}.",
                      "{name} ({detail}) returns to the firm for a second project."),
            "cue": ("The ground floor gets a visitor suite because {it} is looking for {want} and expects more meetings on site.",
                    "{who} said {it} seeks {want}, so the conference room must seat two delegations.",
                    "{It} hopes to find {want}; the showroom should walk visitors through the whole range.",
                    "Per {who}, the search for {want} is why a sample room is on the program at all.",
                    "{who} wants the lobby to impress, since {it} is trying to find {want}."),
            "named": ("Primary visitors to {its} showroom: {want}.",
                      "{who} asked how the layout could win over {want} on a first visit.",
                      "Should {it} close a deal with {want}, phase two adds storage.",
                      "The conference suite is meant for meetings with {want}; provide interpretation booths.",
                      "Design the visitor route with {want} in mind."),
            "plan": ("Owner's business plans behind the program: {plan}",
                     "{who} explained the thinking. {plan}",
                     "Program driver: {plan}",
                     "From the owner interview: {plan}"),
            "mid": ("Gross area capped at {k},000 sq ft.", "Construction documents needed by {month} next year.",
                    "Simple facade; brick and glass under consideration.", "Roof to be designed for future solar."),
            "head": ("ARCHITECT'S PROGRAM NOTES", "Design brief · Project A-{year2}-{k}{d}", "Owner interview summary ({month} {d})"),
            "tail": ("Next: two site-plan options for review.", "Program to be signed off by the owner before schematic design.", "!Notes by {staff}, AIA"),
        },
    },
    "photoorder": {  # a product photo studio's shoot order
        "zh": {
            "offer": ("客户：{name}，{noun}，{detail}。",
                      "{name}是{place}的一家{noun}，{detail}，本次寄来样品{m}箱。",
                      "下单人{person}（{name}{title}）。公司为{noun}，{detail}。",
                      "{name}，{detail}，上次在本棚拍过白底图。",
                      "{name}成立于{year}年，{noun}，{detail}；要白底图、场景图各一套。",
                      "{name}（{noun}）{detail}，这次拍英文画册用图。",
                      "样品来自{name}，一家{noun}；{detail}。"),
            "cue": ("图片用途：{it}正在寻找{want}，要做一本英文画册带去洽谈。",
                    "{who}交代，公司在物色{want}，场景图要拍出实际使用的样子。",
                    "{it}寻求与{want}合作，要求图片风格贴近对方市场的审美。",
                    "{who}说{it}在找{want}，照片下周就要发给对方看。",
                    "拍这批图是为了寻找{want}，{who}要求细节图多拍几张。"),
            "named": ("图片主要给{want}看。",
                      "{who}问：{want}一般喜欢看什么样的产品图？",
                      "若{want}反馈好，{it}还要加拍一组视频。",
                      "{it}这本画册的读者：{want}。",
                      "场景图要拍给{want}看，布景按对方的使用环境搭。"),
            "plan": ("客户说明的用图背景：{plan}",
                     "{who}在下单时介绍：{plan}",
                     "拍摄用途：{plan}",
                     "备注：{plan}"),
            "mid": ("白底图{k}张，场景图{m}组。", "样品拍完后寄回客户。",
                    "只修灰尘划痕，不改产品颜色。", "交付高清JPG和RAW原片。"),
            "head": ("产品拍摄下单表", "摄影棚排期｜订单号PS{year2}{k}{d}", "拍摄需求确认（{month_zh}月{d}日）"),
            "tail": ("档期已锁定，改期请提前三天通知。", "图片版权归客户，本棚可用于作品展示。", "!摄影师：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} is a {noun} ({detail}) and shipped {m} cartons of samples to the studio.",
                      "Ordered by {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name} ({detail}) shot white-background images with us last spring.",
                      "{name}, founded in {year}, is a {noun}; {detail}. It wants white-background and lifestyle sets.",
                      "Samples from {name}, a {noun}; {detail}.",
                      "{name} ({noun}; {detail}) needs images for an English catalog."),
            "cue": ("Image use: {it} is looking for {want} and needs a catalog to take to meetings.",
                    "{who} said {it} seeks {want}; the lifestyle shots should show the product in real use.",
                    "{It} hopes to find {want}, so the look should suit that market.",
                    "These images are for {its} search for {want}, per {who}.",
                    "{who} needs the files fast: {it} is trying to find {want} and has a call next week."),
            "named": ("Audience for the images: {want}.",
                      "{who} asked what kind of product photos win over {want}.",
                      "If the catalog lands well with {want}, {it} will book a video shoot.",
                      "Readers of {its} catalog: {want}.",
                      "Lifestyle sets to be styled for {want}."),
            "plan": ("Background from the client: {plan}",
                     "{who} explained what the images are for. {plan}",
                     "Usage: {plan}",
                     "Client's note on the order: {plan}"),
            "mid": ("{k} white-background shots and {m} lifestyle setups.", "Samples to be returned after the shoot.",
                    "Retouching for dust and scratches only; no color changes.", "Deliverables: high-res JPG plus RAW."),
            "head": ("PHOTO SHOOT ORDER", "Studio booking · Order {year2}-{k}{d}", "Shoot confirmation ({month} {d})"),
            "tail": ("Shoot date held; changes need three days' notice.", "Client owns the images; the studio may show them in its portfolio.", "!Photographer: {staff}"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("安", "佳", "华", "泰", "弘", "新", "源", "达", "信", "康", "通", "利", "捷", "昌", "毅", "澜")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料有限公司", "原料科技有限公司"),
             "M": ("制造有限公司", "制品有限公司", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "贸易有限公司"),
             "E": ("连锁经营有限公司", "服务有限公司", "运营有限公司")}  # fmt: skip
PINYIN = ("Anjia", "Huatai", "Hongxin", "Yuanda", "Kangtong", "Lijie", "Changyi", "Xinlan", "Taihua", "Jiayuan")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials"), "M": (" Manufacturing", " Products"),
              "D": (" Trading", " Import & Export"), "E": (" Chain Operations", " Services")}  # fmt: skip
EN_WORDS = ("Abernathy", "Blakely", "Corwin", "Danforth", "Ellery", "Fairbanks", "Granger", "Hollis",
            "Ingram", "Kessler", "Lockhart", "Merritt", "Newcombe", "Prescott", "Radcliffe", "Stanwick",
            "Treadwell", "Winslow")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Products", "Works"),
             "D": ("Distribution", "Wholesale", "Imports"),
             "E": ("Services", "Facilities Group", "Operations")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("王海涛", "王海涛", "王海涛"), ("刘静", "刘静", "刘静"), ("孙志刚", "孙志刚", "孙志刚"),
                   ("黄蕾", "黄蕾", "黄蕾"), ("赵永福", "赵永福", "赵永福"), ("朱敏", "朱敏", "朱敏")),
    ("CN", "en"): (("Wang Haitao", "Wang Haitao", "Wang"), ("Liu Jing", "Liu Jing", "Liu"), ("Sun Zhigang", "Sun Zhigang", "Sun"),
                   ("Huang Lei", "Huang Lei", "Huang"), ("Zhu Min", "Zhu Min", "Zhu")),
    ("US", "en"): (("Jessica Harlan", "Jessica", "Harlan"), ("Tom Reyes", "Tom", "Reyes"), ("Priya Natarajan", "Priya", "Natarajan"),
                   ("Kevin O'Malley", "Kevin", "O'Malley"), ("Dana Whitfield", "Dana", "Whitfield"), ("Eric Lindqvist", "Eric", "Lindqvist"),
                   ("Monica Alvarez", "Monica", "Alvarez"), ("Darnell Price", "Darnell", "Price")),
    ("US", "zh"): (("Jessica Harlan", "Jessica Harlan", "Jessica Harlan"), ("Tom Reyes", "Tom Reyes", "Tom Reyes"),
                   ("Eric Lindqvist", "Eric Lindqvist", "Eric Lindqvist")),
}  # fmt: skip
CASUAL = {"webbrief", "photoorder"}  # ways of writing calling a person by the casual short form
LINED = {"photoorder", "employerfile"}  # form-like ways of writing, more often one item a line
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购经理", "供应链总监", "采购主管"), "down": ("海外市场总监", "国际销售经理", "出口部经理"),
           "any": ("总经理", "创始人", "执行董事")},
    "en": {"up": ("director of procurement", "supply chain manager", "purchasing lead"),
           "down": ("international sales manager", "director of export sales", "head of business development"),
           "any": ("CEO", "owner", "managing director")},
}  # fmt: skip
STAFF = {
    "zh": ("周宁", "邓雨", "韩磊", "方圆"),
    "en": ("K. Albright", "R. Nakamura", "S. Petrov", "T. Okonkwo"),
}
OFFICE = {  # the public employment office writing an employer profile
    "zh": ("区公共就业服务中心", "市人社局就业服务处", "街道人力资源服务站"),
    "en": (
        "Tri-County Workforce Board",
        "Metro Workforce Development Board",
        "Regional Workforce Partnership",
    ),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"material": 5, "served": 9, "generic": 9, "negated": 10, "misnamed": 9}
CN_IN_ENGLISH = 5  # CN companies written about in English, one per way of writing
US_IN_CHINESE = 5  # US companies written about in Chinese, one per way of writing
CUES = ("cue", "named", "plan")


# ---------------------------------------------------------------------------------------------
# Layout
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
    """(stage, want) of the CN and US companies of a chain, every CN need met on the US side."""
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
            rng.shuffle(us)
            return cn, us
    raise AssertionError("no layout fits")


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
_NOT_AN = ("US", "U.S", "uni", "Uni", "use", "one", "Eu", "eu", "uri", "Uri")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound (not before 'US', 'uni…', 'one', 'use', 'uri…')."""

    def swap(m: re.Match) -> str:
        art, word = m.group(1), m.group(2)
        if word[:1] in "aeiouAEIOU" and not word.startswith(_NOT_AN):
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


def make_name(rng: random.Random, side: str, lang: str, place: str, mark: str) -> str:
    if side == "CN" and lang == "zh":
        lead = place if rng.random() < 0.4 else ""
        return lead + "".join(rng.sample(ZH_PARTS, 2)) + rng.choice(ZH_SUFFIX[mark])
    if side == "CN":
        return f"{place} {rng.choice(PINYIN)}{rng.choice(CN_EN_WORD[mark])} Co., Ltd."
    return " ".join(rng.sample(EN_WORDS, rng.choice((1, 1, 2)))) + " " + rng.choice(EN_SUFFIX[mark])


def noun_of(rng: random.Random, chain: str, stage: str, lang: str) -> str:
    return rng.choice(CHAINS[chain][stage][0 if lang == "zh" else 1])  # type: ignore[index]


def want_phrase(rng: random.Random, org: dict, lang: str, kind: str) -> str:
    chain, side, want = org["_chain"], org["side"], org["_want"]
    li = 0 if lang == "zh" else 1
    if kind == "material":
        mat = rng.choice(CHAINS[chain]["material"][li])  # type: ignore[index]
        return rng.choice(MATERIAL_FORMS[side, lang]).format(n=mat)
    n = rng.choice(GENERIC[lang][want]) if kind == "generic" else noun_of(rng, chain, want, lang)
    return fix_articles(rng.choice(WANT_FORMS[side, lang]).format(n=n))


def want_sentence(rng: random.Random, org: dict, lang: str, slots: dict) -> str:
    g = GENRES[org["_genre"]][lang]
    chain, side, stage, want = org["_chain"], org["side"], org["_stage"], org["_want"]
    li = 0 if lang == "zh" else 1

    def choose(pool: tuple[str, ...]) -> str:
        """A template; when the want comes first, one that names the company."""
        if org["_first"]:
            pool = tuple(t for t in pool if NAMES_IT.search(t)) or pool
        return rng.choice(pool)

    if org["_cue"] == "plan":
        cty, cty_adj = COUNTRY[side, lang]
        plan = rng.choice(PLANS[stage, want][lang]).format(
            cty=cty, cty_adj=cty_adj, product=CHAINS[chain]["product"][li],  # type: ignore[index]
            use=CHAINS[chain]["use"][li], mat_own=slots["mat_own"],  # type: ignore[index]
            mat=rng.choice(CHAINS[chain]["material"][li]))  # type: ignore[index]  # fmt: skip
        frame = choose(g["plan"])
        if lang == "en" and frame.split("{plan}")[0].endswith(": "):  # lower case after a colon
            plan = plan[:1].lower() + plan[1:]
        return cap(fix_articles(frame.format(**{**slots, "plan": plan})))
    kind = (
        "material"
        if "material" in org["_hard"]
        else "generic"
        if "generic" in org["_hard"]
        else "trade"
    )
    slots = {**slots, "want": want_phrase(rng, org, lang, kind)}
    slots["want_cap"] = cap(slots["want"])
    pool = MATERIAL_WANT[lang][org["_cue"]] if kind == "material" else g[org["_cue"]]
    return cap(fix_articles(choose(pool).format(**slots)))


def negation_line(rng: random.Random, org: dict, lang: str) -> str:
    stage, want = org["_stage"], org["_want"]
    near = [s for s in ADJACENT[stage] if s != want] or [
        s for s in STAGES if s not in (stage, want)
    ]
    neg = rng.choice(near)
    bare = (
        rng.choice(GENERIC[lang][neg])
        if rng.random() < 0.4
        else noun_of(rng, org["_chain"], neg, lang)
    )
    return rng.choice(NEGATION[lang]).format(
        neg=bare, plural=plural(bare), plural_cap=cap(plural(bare))
    )


def served_line(rng: random.Random, org: dict, lang: str) -> str:
    cstage = rng.choice([c for c in SELLS_TO[org["_stage"]] if c != org["_want"]])
    c1, c2 = rng.sample(CUSTOMERS[lang], 2)
    if lang == "en":
        c1 += rng.choice(("", " Inc.", " & Sons", " Group"))
        c2 += rng.choice(("", " LLC", " Brands"))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


END = ("。", "！", "？", ".", "!", "?", "”", ")", "）")
NAMES_IT = re.compile(r"\{(?:it|It|its|Its|name)\}")


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def compose(rng: random.Random, org: dict, used: set[str]) -> None:
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    genre = org["_genre"]
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
    pick = rng.randrange(len(zh_n))  # a company's noun and detail go together
    noun, detail = (zh_n, en_n)[li][pick], (zh_d, en_d)[li][pick]
    full, casual, formal = rng.choice(PEOPLE[side, lang])
    direction = "up" if (stage, org["_want"]) in UPSTREAM else "down"
    title = rng.choice(TITLES[lang][direction] + TITLES[lang][direction] + TITLES[lang]["any"])
    year = rng.randrange(1992, 2021)
    year2 = rng.choice((2026, 2027))
    month = rng.randrange(1, 13)
    roll = rng.random()
    first = org["_first"] = roll < 0.3  # the want first: it names the company
    g = GENRES[genre][lang]
    offer_t = rng.choice(g["offer"])
    if name.startswith(place) and "{place}" in offer_t:  # no place twice
        offer_t = rng.choice([t for t in g["offer"] if "{place}" not in t])
    # A person already introduced by the offer is called by a short form later on; one the
    # want introduces gets a full name (and, in Chinese, the title before it).
    known = "{person}" in offer_t and not first
    if lang == "zh":
        who = full if known else title + full
        it = name if first else rng.choice(("该公司", "该企业", "公司"))
    else:
        who = (casual if genre in CASUAL else formal) if known else full
        it = name if first else rng.choice(("the company", "the firm"))
    its = possessive(name) if first else "its"
    slots = {
        "name": name, "it": it, "It": cap(it), "its": its, "Its": cap(its),
        "noun": noun, "detail": detail, "place": place, "year": year, "age": 2026 - year,
        "year2": year2, "month": MONTHS[month - 1], "month_zh": month, "d": rng.randrange(10, 29),
        "k": rng.randrange(12, 40), "m": rng.randrange(3, 10), "pct": rng.randrange(6, 38),
        "person": full, "who": who, "whos": possessive(who), "title": title,
        "staff": rng.choice(STAFF[lang]), "office": rng.choice(OFFICE[lang]),
        "mat_own": CHAINS[chain]["material"][li][pick] if stage == "R" else "",  # type: ignore[index]
    }  # fmt: skip
    offer = fix_articles(offer_t.format(**slots))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(1 if first else rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if rng.random() < 0.45 and len(hard) < 2:
        body.append(fix_articles(rng.choice(g["mid"]).format(**slots)))
    if "served" in hard:
        body.insert(1, served_line(rng, org, lang))
    room = max(0, 3 - len(body) - len(wants) + 1)  # at most seven sentences below the header
    chosen = sorted(rng.sample(range(len(g["tail"])), min(room, rng.choice((0, 1, 1, 2)))))
    tails = [g["tail"][i].format(**slots) for i in chosen]  # in the order the genre has them
    closing = [t[1:] for t in tails if t.startswith("!")]
    tails = [t for t in tails if not t.startswith("!")]
    if first:  # the want first
        parts = wants + body
    elif roll < 0.65 and len(body) > 1:  # after the offer, before a neutral line or the customers
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    org["_position"] = (
        "first" if first else "middle" if parts[-1] not in wants and len(body) > 1 else "last"
    )
    parts += tails + closing  # trailing lines (verdict, disclaimer, sign-off) always close the text
    head = rng.choice(g["head"]).format(**slots) if rng.random() < 0.55 else None
    lined = rng.random() < (0.6 if genre in LINED else 0.3)
    sep = "\n" if lined else ("" if lang == "zh" else " ")
    n_body = len(parts) - len(tails) - len(closing)
    text = parts[0]
    for i, (prev, part) in enumerate(itertools.pairwise(parts), start=1):
        run_on = prev.endswith(END) and "\n" not in part and "\n" not in prev and i < n_body
        text += (sep if run_on else "\n") + part
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
    for side in PREFIX:  # ways of writing evenly per side; the kinds of want evenly per way
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for o, g in zip(group, labels, strict=True):
            o["_genre"], o["_lang"] = g, ("zh" if side == "CN" else "en")
        i = 0
        for g in genres:
            members = [o for o in group if o["_genre"] == g]
            cues = [CUES[(i + j) % 3] for j in range(len(members))]
            i += len(members)
            rng.shuffle(cues)
            for o, c in zip(members, cues, strict=True):
                o["_cue"] = c
        other, n_other = ("en", CN_IN_ENGLISH) if side == "CN" else ("zh", US_IN_CHINESE)
        for g in rng.sample(genres, n_other):  # one writer of the other language per way
            rng.choice([o for o in group if o["_genre"] == g])["_lang"] = other
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
    r"\b[Aa] (?!US\b|U\.S|uni|one\b|use|uri)[aeiouAEIOU]|\b[Aa]n (?=US\b|uni|one\b|uri)"
)


def count_sentences(text: str) -> int:
    """Lines, and sentences within a line (an initial or an abbreviation is no end)."""
    n = 0
    for raw in text.split("\n"):
        parts = re.split(
            r"[。！？]|(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bCo\.)(?<!\bInc\.)(?<=[.?!])\s+(?=[A-Z“])",
            raw.strip(),
        )
        n += sum(1 for x in parts if x.strip(' ”"）)'))
    return n


def check(profiles: dict, gold: dict, orgs: list[dict]) -> None:
    """Refuse to write a set that breaks its own rules."""
    assert len(CHAINS) == 10 and not set(CHAINS) & EARLIER_CHAINS
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("roles_*.json"):  # the prefixes are this set's alone
        if not other.name.startswith(NAME):
            assert not own_ids.search(other.read_text("utf-8")), other.name
    assert set(gold["roles"]) == set(ids) == set(gold["split"])
    names = [next(iter(o["name"].values())) for o in orgs]
    assert len(names) == len(set(names)), "duplicate company names"
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:
        ((lang, text),) = o["description"].items()
        assert set(o["name"]) == {lang} == {o["_lang"]}
        assert ".。" not in text and "。。" not in text, text
        assert text.strip() and "{" not in text and "}" not in text and not text.startswith("!"), (
            text
        )
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        below = text.split("\n", 1)[1] if o["_headed"] else text
        assert 1 <= count_sentences(below) <= 7, (count_sentences(below), text)
        if lang == "en":
            assert not HAN.search(text) and not BAD_ARTICLE.search(text), text
        else:
            rest = text.replace(o["name"][lang], "")  # a US firm keeps its English name
            for full, _, _ in PEOPLE[o["side"], lang]:
                rest = rest.replace(full, "")
            assert len(HAN.findall(rest)) > len(re.findall(r"[A-Za-z]", rest)), text
        want = o["_want_text"]
        cued = any(w in want.lower() for w in CUE_WORDS[lang])
        assert cued == (o["_cue"] == "cue"), (o["_cue"], want)
        if o["_cue"] == "plan":  # no noun of the stage sought
            nouns = [*CHAINS[o["_chain"]][o["_want"]][0], *CHAINS[o["_chain"]][o["_want"]][1],  # type: ignore[index]
                     *GENERIC["zh"][o["_want"]], *GENERIC["en"][o["_want"]]]  # fmt: skip
            assert not any(n.lower() in want.lower() for n in nouns), want
    for cid in ids:
        if cid.startswith(PREFIX["CN"]):
            assert gold["partners"].get(cid), f"{cid} has no partner"
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
            assert len(t["offer"]) >= 6 and all(len(t[c]) >= 3 for c in CUES), (genre, lang)
            for c in ("named", "plan"):  # cue words only in the first kind of want
                for tpl in t[c]:
                    assert not any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for tpl in t["cue"]:
                assert any(w in tpl.lower() for w in CUE_WORDS[lang]), tpl
            for side in PREFIX:
                assert any(
                    o["_genre"] == genre and o["_lang"] == lang and o["side"] == side for o in orgs
                ), (genre, lang, side)
    assert set(Counter((o["side"], o["_genre"]) for o in orgs).values()) == {8, 14}
    assert Counter((o["side"], o["_lang"]) for o in orgs) == {
        ("CN", "zh"): 40 - CN_IN_ENGLISH,
        ("CN", "en"): CN_IN_ENGLISH,
        ("US", "en"): 70 - US_IN_CHINESE,
        ("US", "zh"): US_IN_CHINESE,
    }
    for side in PREFIX:
        per_cue = Counter(o["_cue"] for o in orgs if o["side"] == side)
        assert max(per_cue.values()) - min(per_cue.values()) <= 1, per_cue
    assert Counter(c for o in orgs for c in o["_hard"]) == HARD_QUOTA
    assert all((o["_stage"], o["_want"]) == ("M", "R") for o in orgs if "material" in o["_hard"])


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
        "way/language:", dict(sorted(Counter(f"{o['_genre']}/{o['_lang']}" for o in orgs).items()))
    )
    print("side/way:", dict(sorted(Counter(f"{o['side']}/{o['_genre']}" for o in orgs).items())))
    print(
        "side/want kind:", dict(sorted(Counter(f"{o['side']}/{o['_cue']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))
    print("want position:", dict(Counter(o["_position"] for o in orgs)))


if __name__ == "__main__":
    main()
