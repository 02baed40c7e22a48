# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-ninth held-out ROLE set: ``roles_holdout29.json`` / ``roles_holdout29_gold.json``.

    python bench/recommend/make_holdout29.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content. Only ``make_holdout28.py`` was read in full (for the file
format, the construction and the style; its layout, gold and check code is copied here, not
imported) and the module docstrings of the other ``make_holdout*.py`` / ``make_corpus*.py`` (to
keep the ways of writing new). Chains, templates, ways of writing and names are this set's own.
The chain keys were checked against the list of keys given (``_EARLIER``, which now includes
set 28's). The id prefixes first proposed (``pcn`` / ``pus``) turned out, by ``grep -l``, to be
those of ``roles_holdout9*.json``, so this set uses ``icn`` / ``ius``, which occur in no other
``roles_*.json`` (``check`` asserts it). The ways of
writing were checked against those docstrings (which list, among many others, podcast and
video interviews, franchise blurbs, LinkedIn posts, job postings, trade-show lead notes,
questionnaires, tender notices, meeting minutes, customs brokers' intake notes, an insurer's
underwriting note and trademark filings; none of those is used here), and their marker words
(理赔, 查勘, adjuster, 口译, interpreter, 货代, forwarder, 专家访谈, expert call, 检测委托, test
request) and the chains' words (鼓皮, 簧片, 谱架, 色纸, 幕布, 帷幕, 铁马, 橡胶颗粒, 内场土, 秋千,
球门网, 单簧管, clarinet, drum head, music stand, lighting gel, drape, velour, crowd control,
rubber mulch, infield, swing seat, goal net) searched with ``grep -il`` over ``make_*.py``,
``roles_*.json`` and the files not to be read, printing only file names. None matched an
earlier generator or set except single words inside other kinds of text: 查勘 (set 28's
underwriting note), "interpreter" (sets 18 and 22), "forwarder" (``make_dataset.py``), 簧片
(sets 23, 25, 26, none with a woodwind chain: 单簧管, 萨克斯, clarinet, saxophone matched
nothing) and 幕布 (corpus 16, as 投影幕布), so the drapes are written 帷幕 here. Nothing may be fitted or tuned on
this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from musical-instrument accessories, theater and event technical supplies,
  and sports-field and playground upkeep, none in any earlier set: drum heads, clarinet and
  saxophone reeds, music stands (instrument accessories); theatrical lighting gels, theater
  drapes, crowd-control barriers (theater and events); playground rubber mulch, baseball infield
  mix, swing seats and hangers, goal nets (fields and playgrounds). Stages: R raw material or key
  component (polyester film mill, cane growers' cooperative, cold-rolled steel tube mill,
  polycarbonate film mill, velour weaving mill, galvanized tube mill, scrap tire recycler,
  calcined clay kiln, rubber compounder, monofilament maker…), M maker, D distributor / importer
  / wholesaler, E end buyer or user (drum lesson studio chain, high school band program,
  school district music department, concert lighting company, performing arts center operator,
  marathon organizer, parks and recreation department, youth baseball league, apartment
  community operator, ice rink chain…). Each company is at one stage and seeks an adjacent one
  (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D). Chains of one sector stand
  beside each other (three, three and four).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``icn001``… and ``ius001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies are written about in mainland business Chinese (five of them in English, one
  per way of writing); US companies in English (five of them in Chinese, one per way of
  writing: a Chinese cargo insurer, interpreting agency, forwarder, expert network or testing
  lab dealing with a US firm). Free text only: no stage or role codes.
* Five ways of writing, each by a service provider that handles one job for the company and
  notes in passing what the company is after, none used by an earlier set; each in both
  languages, 22 documents each (8 CN, 14 US): an insurance claim adjuster's field notes after a
  loss (理赔查勘记录 / CLAIM FILE — ADJUSTER'S NOTES: loss, reserve, photos, what the insured said
  about deals the loss holds up); a language-service agency's interpreter briefing sheet
  (口译任务单 / INTERPRETER BRIEF: client, mode, venue, who will be met and why); a freight
  forwarder's rate-request intake (货代询价登记 / RATE REQUEST: commodity, volume, the
  counterparty still to be found); an expert network's call summary in which the company's
  manager is the expert (专家访谈纪要 / EXPERT CALL SUMMARY: Q and A, compliance line); and a
  testing laboratory's test request form (检测委托单 / TEST REQUEST FORM: samples, turnaround, the
  party the report is meant for). Per way and language: six offer templates, four of each kind of
  want (three plan frames) and three neutral middle lines.
* Three kinds of want, evenly over each side and each way of writing: with a verb of seeking
  ("寻找", "寻求", "物色", "在找", "looking for", "seek", "find", "search"); naming the partner
  without one (a form field, a question, a condition, a quotation, a gap); or only implied by a
  plan that names no role of the partner. The generator checks that cue words occur in exactly
  the first kind and that plans name no noun, specific or generic, of the stage sought.
* Hard cases as in set 28, each in several documents: customers already served named in the
  offer (of a stage other than the one sought; 9), negated wants ("这次不找…", "Not interested
  in … for now"; 10), role words in company names that differ from the company's stage (9),
  wants naming only a generic role and the country (9), a maker's want named by its input
  material (5); the want first, in the middle or last; third person throughout, with
  quotations, questions, conditions and plans; claim, job, quote and call numbers, reserves,
  turnaround times, disclaimers and sign-offs as genre boilerplate. Competitors of one stage in
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
SEED = 20290407
NAME = "roles_holdout29"
PREFIX = {"CN": "icn", "US": "ius"}

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
    "crucible crusher cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer "
    "diaper dinnerware doccam dogharness dressing driedfruit drillbit drip drone dryer drywall "
    "dumpling duvet earbuds eartag ebike ebus egg electrode electrolyser elevator embhoop "
    "energydrink envelope epoxy esl evcharger excavator extinguisher eyelash eyewear fabricdye "
    "fastener faucet fencer fertilizer fgmesh film firework flatglass floss flour foldfan footwear "
    "forklift formula fountainpen fries frozenveg furniture gardenstatue garlic garment gearbox "
    "generics ginseng glassmosaic glove golf greenhouse greentea greetingcard grindwheel grout "
    "guitar gummy h2tank hairdryer hairdye hamaca handbag hangtag hearingaid heatexchanger heatpump "
    "heavybag helmet hinge hoist honey hose hotpot hotsauce hottub hullcraft hydcyl hydrant "
    "icecream iceskate imaging implant incense indgas ink insulator intumescent inverter ivd "
    "jewelry jigsawpuzzle juice karaokeset kayak keg keypad kimchi kitecraft knife knitneedle "
    "kombucha kscope ladder lanyard latexballoon laundry lcdmodule led ledstreet lipbalm lithium "
    "localization locker loyly lubricant luggage magnet magnetwire mahjongtiles mannequin "
    "marimbawood marinerope marotte massagechair mattress medal meddev microscope milkliner "
    "mistmaker mlcc modeltrack moisturemeter mold mooncake motor mountform mouthharp mower mushroom "
    "musicbox nailpolish netpen noodle nuts nylonyarn oatmilk oliveoil oring oven padlock paint "
    "pallet paperbag pasta pcb peach pencil perfume petfood phonecase piano pickle pickleball "
    "pictureframe pillow pinatacraft pingpong pipe pipette pipingtip piste playingcard popcorn "
    "posterminal pouch poultrydrinker powerchip powertool printing projscreen ptoshaft pump pv "
    "racking radiator railcar rainbarrel razor reagent rebar receiptroll reefer ribbon rice "
    "ricecooker ricenoodle rigidbox robot robotarm robovac rollerchain roofing saddle safetysign "
    "sandwichpanel sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood sealant "
    "seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder silk sink smartlock "
    "snowchain snowpaw socks sodamaker solarheater soy soysauce sparkplug spcfloor spice "
    "sportswear spring stagetruss stapler startelescope stickynote storage stretchfilm stroller "
    "sugar sunglasses sunscreen surfboard suture swimwear syringe tackle tamtam tape tea "
    "tennisracket tent terrestrial thermostat tile toothbrush towel toxinbinder toy trampoline "
    "transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre ukulelekit "
    "umbrella upvcprofile valve vase vending vetvax vinegar violin visioncam vitamin wallcovering "
    "wallet walnut wastecart wastewater watch water watermeter waxwrap weldwire wetwipe wheelchair "
    "whiteboard wig wind windcock window wine wiperblade wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do (zh, en; a
# relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain (texts write "drum heads", "goal nets", never the key run together).
# ---------------------------------------------------------------------------------------------
MUSIC = ("乐器配件", "musical instrument accessories")
SHOW = ("演出与活动技术用品", "theater and event technical supplies")
FIELD = ("运动场地与游乐场养护用品", "sports field and playground upkeep")
CHAINS: dict[str, dict[str, object]] = {
    "drumhead": {
        "sector": MUSIC,
        "product": ("鼓皮", "drum heads"),
        "use": ("靠打鼓、教鼓为生", "play or teach drums for a living"),
        "R": (("聚酯薄膜厂", "铝合金鼓圈厂", "牛生皮加工厂"),
              ("polyester film mill", "aluminum hoop extruder", "rawhide tannery"),
              ("聚酯膜年产1.5万吨，厚0.18到0.25毫米", "鼓圈型材年产4000吨", "牛生皮年加工30万张"),
              ("15,000 t of 7- to 10-mil polyester film a year", "4,000 t of hoop profile a year", "300,000 cattle hides processed a year")),
        "M": (("鼓皮工厂", "打击乐配件制造商", "鼓皮OEM工厂"),
              ("drum head factory", "percussion parts maker", "drum head OEM"),
              ("年产鼓皮400万张，6到28英寸", "压膜粘圈工人180人，单层双层都做", "可做贴牌印标，起订量300张"),
              ("4 million heads a year, 6 to 28 inches", "180 workers pressing film and gluing collars, single and double ply", "private-label printed heads from 300 pieces")),
        "D": (("乐器配件进口商", "打击乐器批发商", "鼓皮品牌代理商"),
              ("music accessories importer", "percussion wholesaler", "drum head brand distributor"),
              ("客户琴行1700家", "常备鼓类配件2600种", "年出货鼓皮45万张"),
              ("1,700 music store accounts", "2,600 percussion parts in stock", "450,000 heads shipped a year")),
        "E": (("琴行连锁", "架子鼓培训连锁", "录音棚集团"),
              ("music store chain", "drum lesson studio chain", "recording studio group"),
              ("门店70家，鼓皮按尺寸挂满一面墙", "教室50间，每月换鼓皮600张", "录音棚18间，鼓皮每周一换"),
              ("70 stores, each with a full wall of heads by size", "50 studios replacing 600 heads a month", "18 rooms whose drums get new heads weekly")),
        "material": (("聚酯薄膜", "铝合金鼓圈", "牛生皮"), ("polyester film", "aluminum hoops", "rawhide")),
        "places": (("天津", "廊坊", "东莞"), ("Tianjin", "Langfang", "Dongguan")),
    },
    "reedcane": {
        "sector": MUSIC,
        "product": ("单簧管和萨克斯簧片", "clarinet and saxophone reeds"),
        "use": ("吹单簧管、萨克斯或者教这两样", "play or teach clarinet and saxophone"),
        "R": (("芦竹种植合作社", "削片刀具厂", "簧片盒注塑厂"),
              ("cane growers' cooperative", "profiling blade maker", "reed case molder"),
              ("芦竹种植3000亩，晾足两年才出料", "刀具年产12万把", "簧片盒年产6000万只"),
              ("200 hectares of Arundo cane, dried two years before sale", "120,000 precision blades a year", "60 million reed cases a year")),
        "M": (("簧片工厂", "木管乐器配件制造商", "簧片OEM工厂"),
              ("reed factory", "woodwind accessory maker", "reed OEM"),
              ("年产簧片2500万片，硬度1.5到5号", "数控削片机60台", "可做贴牌，起订量5000片"),
              ("25 million reeds a year in strengths 1.5 to 5", "60 CNC profiling machines", "private-label runs from 5,000 reeds")),
        "D": (("管乐配件进口商", "管乐器批发商", "簧片品牌代理商"),
              ("band instrument importer", "woodwind wholesaler", "reed brand distributor"),
              ("客户琴行1200家", "常备管乐配件1800种", "年出货簧片300万片"),
              ("1,200 dealer accounts", "1,800 band accessories in stock", "3 million reeds shipped a year")),
        "E": (("管乐琴行连锁", "中学管乐团", "社区管乐团联合会"),
              ("band and orchestra store chain", "high school band program", "community wind ensemble network"),
              ("门店60家，簧片是回头客最多的商品", "学生乐手2000人，每学期用掉簧片一万多片", "下属乐团40支，每年集中采购一次簧片"),
              ("60 stores where reeds bring people back every week", "2,000 student players going through 10,000 reeds a term", "40 ensembles buying reeds in one yearly order")),
        "material": (("芦竹料", "削片刀具", "簧片盒"), ("Arundo cane", "profiling blades", "reed cases")),
        "places": (("漳州", "惠州", "天津"), ("Zhangzhou", "Huizhou", "Tianjin")),
    },
    "musicstand": {
        "sector": MUSIC,
        "product": ("谱架", "music stands"),
        "use": ("天天排练、上课", "rehearse or teach music every day"),
        "R": (("冷轧钢管厂", "塑料配件注塑厂", "粉末涂料厂"),
              ("cold-rolled steel tube mill", "plastic fittings molder", "powder coating maker"),
              ("钢管年产5万吨，管径12到25毫米", "注塑件年产8000万件", "粉末涂料年产1万吨"),
              ("50,000 t of 12 to 25 mm tube a year", "80 million molded fittings a year", "10,000 t of powder coating a year")),
        "M": (("谱架工厂", "乐队用品制造商", "谱架OEM工厂"),
              ("music stand factory", "band room furniture maker", "music stand OEM"),
              ("年产谱架300万个，折叠式、乐队式都做", "冲压焊接线12条", "可做贴牌，起订量500个"),
              ("3 million stands a year, folding and orchestra models", "12 stamping and welding lines", "private-label runs from 500 stands")),
        "D": (("乐队用品进口商", "乐器用品批发商", "谱架品牌代理商"),
              ("band supply importer", "musical merchandise wholesaler", "music stand brand distributor"),
              ("客户琴行和学校2100家", "常备乐队用品900种", "年出货谱架35万个"),
              ("2,100 dealer and school accounts", "900 band room items in stock", "350,000 stands shipped a year")),
        "E": (("学区音乐教研部", "音乐培训中心连锁", "交响乐团"),
              ("school district music department", "music lesson center chain", "symphony orchestra"),
              ("下辖学校85所，每年补购谱架上千个", "门店90家，每间琴房两个谱架", "乐手95人，巡演自带谱架"),
              ("85 schools buying a thousand stands a year", "90 centers with two stands in every lesson room", "95 players who tour with their own stands")),
        "material": (("冷轧钢管", "注塑配件", "粉末涂料"), ("cold-rolled steel tube", "molded plastic fittings", "powder coating")),
        "places": (("静海", "宁波", "苏州"), ("Jinghai", "Ningbo", "Suzhou")),
    },
    "lightgel": {
        "sector": SHOW,
        "product": ("灯光色纸", "theatrical lighting gels"),
        "use": ("几乎每晚都要给演出打灯", "light shows and concerts night after night"),
        "R": (("聚碳酸酯薄膜厂", "耐热染料厂", "卷芯厂"),
              ("polycarbonate film mill", "heat-resistant dye maker", "roll core maker"),
              ("聚碳酸酯膜年产8000吨", "耐热染料年产600吨，色号200个", "卷芯年产2000万支"),
              ("8,000 t of polycarbonate film a year", "600 t of heat-resistant dye a year in 200 shades", "20 million cores a year")),
        "M": (("色纸工厂", "舞台滤色片制造商", "色纸OEM工厂"),
              ("lighting gel factory", "color filter maker", "gel OEM"),
              ("年产色纸1200万片，色号260个", "深染线6条，耐温180度", "可分切贴牌，起订量200卷"),
              ("12 million gel sheets a year in 260 colors", "6 deep-dye lines, rated to 180 °C", "private-label cut sheets from 200 rolls")),
        "D": (("舞美器材进口商", "灯光器材批发商", "色纸品牌代理商"),
              ("theatrical supply importer", "lighting equipment wholesaler", "gel brand distributor"),
              ("客户剧院和租赁公司900家", "常备灯光耗材3500种", "年出货色纸80万片"),
              ("900 theater and rental house accounts", "3,500 lighting consumables in stock", "800,000 sheets shipped a year")),
        "E": (("剧院集团", "演唱会灯光公司", "大学戏剧系"),
              ("theater group", "concert lighting company", "university drama department"),
              ("剧场22座，每部戏换色纸上百片", "年做巡演灯光300场", "剧场4座，每学期排大戏8部"),
              ("22 houses and a hundred gels changed for each production", "lighting for 300 tour dates a year", "4 theaters and 8 productions a term")),
        "material": (("聚碳酸酯薄膜", "耐热染料", "色纸卷芯"), ("polycarbonate film", "heat-resistant dye", "roll cores")),
        "places": (("广州", "常州", "佛山"), ("Guangzhou", "Changzhou", "Foshan")),
    },
    "stagedrape": {
        "sector": SHOW,
        "product": ("舞台帷幕", "theater drapes"),
        "use": ("一年到头办演出、办活动", "put on shows and events all year"),
        "R": (("阻燃涤纶丝厂", "天鹅绒织布厂", "帷幕滑轨厂"),
              ("flame-retardant polyester yarn mill", "velour weaving mill", "curtain track maker"),
              ("阻燃丝年产2万吨", "天鹅绒年产600万米，门幅3米", "滑轨年产80万米"),
              ("20,000 t of FR polyester yarn a year", "6 million m of 3 m-wide velour a year", "800,000 m of track a year")),
        "M": (("帷幕工厂", "舞台帷幕制造商", "帷幕OEM工厂"),
              ("drapery workshop", "theater curtain maker", "drape OEM"),
              ("年产帷幕30万平方米，全部阻燃", "缝纫工人140人，大幕、侧幕、天幕都做", "可按图定做，起订量20幅"),
              ("300,000 m² of flame-retardant drapes a year", "140 sewers making main curtains, legs and cycloramas", "custom sizes from 20 panels")),
        "D": (("舞美用品进口商", "活动用品批发商", "帷幕品牌代理商"),
              ("scenic supply importer", "event goods wholesaler", "drape brand distributor"),
              ("客户剧院和活动公司1100家", "常备帷幕和吊挂五金2200种", "年出货帷幕5万平方米"),
              ("1,100 theater and event accounts", "2,200 drapes and rigging items in stock", "50,000 m² of drapes shipped a year")),
        "E": (("演出场馆运营商", "活动搭建公司", "学区后勤处"),
              ("performing arts center operator", "event production company", "school district facilities office"),
              ("运营剧场30座，帷幕五年一换", "年搭建会场2500场", "下辖学校120所，礼堂都挂大幕"),
              ("30 venues rehanging drapes every five years", "2,500 events built a year", "120 schools, each auditorium with a main curtain")),
        "material": (("阻燃涤纶丝", "天鹅绒面料", "帷幕滑轨"), ("flame-retardant polyester yarn", "velour", "curtain track")),
        "places": (("绍兴", "海宁", "苏州"), ("Shaoxing", "Haining", "Suzhou")),
    },
    "crowdbarrier": {
        "sector": SHOW,
        "product": ("铁马护栏", "crowd control barriers"),
        "use": ("办演唱会、路跑这类人多的活动", "run concerts, races and other crowded events"),
        "R": (("镀锌钢管厂", "热镀锌加工厂", "钢板冲压厂"),
              ("galvanized tube mill", "hot-dip galvanizer", "steel stamping shop"),
              ("镀锌管年产8万吨", "镀锌锅3口，年加工6万吨", "冲压件年产1500万件"),
              ("80,000 t of galvanized tube a year", "3 kettles and 60,000 t galvanized a year", "15 million stamped parts a year")),
        "M": (("铁马工厂", "护栏制造商", "护栏OEM工厂"),
              ("barrier factory", "steel barricade maker", "barrier OEM"),
              ("年产铁马40万片，长2米到2.5米", "焊接机器人36台", "可做贴牌喷字，起订量200片"),
              ("400,000 sections a year, 2 to 2.5 m long", "36 welding robots", "private-label runs from 200 sections")),
        "D": (("活动设备进口商", "护栏批发商", "护栏租赁分销商"),
              ("event equipment importer", "barricade wholesaler", "barrier rental distributor"),
              ("客户活动公司800家", "常备护栏3万片", "年出货护栏12万片"),
              ("800 event company accounts", "30,000 sections in stock", "120,000 sections shipped a year")),
        "E": (("体育场运营商", "马拉松赛事公司", "市政工程局"),
              ("stadium operator", "marathon organizer", "city public works department"),
              ("运营球场12座，每场比赛摆护栏2公里", "年办路跑赛事60场", "全市游行和节庆都归它管，年用护栏上万片"),
              ("12 stadiums and 2 km of barriers set out per game", "60 road races a year", "parades and festivals citywide, 10,000 sections a year")),
        "material": (("镀锌钢管", "热镀锌加工", "冲压钢件"), ("galvanized tube", "hot-dip galvanizing", "stamped steel parts")),
        "places": (("安平", "天津", "唐山"), ("Anping", "Tianjin", "Tangshan")),
    },
    "rubbermulch": {
        "sector": FIELD,
        "product": ("彩色橡胶颗粒", "playground rubber mulch"),
        "use": ("管着游乐场、要铺软地面", "look after playgrounds that need soft ground cover"),
        "R": (("废旧轮胎回收厂", "橡胶着色剂厂", "聚氨酯胶水厂"),
              ("scrap tire recycler", "rubber colorant maker", "polyurethane binder maker"),
              ("年回收轮胎10万吨", "着色剂年产3000吨，色号40个", "聚氨酯胶年产8000吨"),
              ("100,000 t of scrap tires a year", "3,000 t of colorant a year in 40 shades", "8,000 t of PU binder a year")),
        "M": (("橡胶颗粒工厂", "再生胶制品制造商", "橡胶颗粒OEM工厂"),
              ("rubber mulch plant", "recycled rubber products maker", "rubber mulch OEM"),
              ("年产彩色颗粒6万吨，块径10到40毫米", "破碎线8条", "可做贴牌袋装，起订量一个柜"),
              ("60,000 t of colored nuggets a year, 10 to 40 mm", "8 shredding lines", "private-label bags from one container")),
        "D": (("园林景观材料进口商", "游乐设施批发商", "橡胶颗粒代理商"),
              ("landscape supply importer", "playground equipment wholesaler", "rubber mulch distributor"),
              ("客户园林公司1500家", "常备地面材料400种", "年出货橡胶颗粒2万吨"),
              ("1,500 landscaper accounts", "400 surfacing products in stock", "20,000 t of mulch shipped a year")),
        "E": (("公园管理局", "连锁幼儿园", "游乐场安装公司"),
              ("parks and recreation department", "daycare chain", "playground installer"),
              ("管公园160个，游乐场每年补铺一次", "园所90家，每家都有户外游乐区", "年装游乐场400个"),
              ("160 parks topped up every year", "90 centers, each with an outdoor play yard", "400 playgrounds installed a year")),
        "material": (("轮胎胶粉", "橡胶着色剂", "聚氨酯胶"), ("shredded tire rubber", "rubber colorant", "polyurethane binder")),
        "places": (("衡水", "青岛", "东营"), ("Hengshui", "Qingdao", "Dongying")),
    },
    "infieldmix": {
        "sector": FIELD,
        "product": ("棒垒球内场土", "baseball infield mix"),
        "use": ("养护棒球场、垒球场", "keep baseball and softball diamonds playable"),
        "R": (("煅烧黏土厂", "水洗沙场", "火山岩破碎厂"),
              ("calcined clay kiln", "washed sand quarry", "lava rock crusher"),
              ("煅烧黏土年产5万吨", "水洗沙年产30万吨", "火山岩粒年产8万吨"),
              ("50,000 t of calcined clay a year", "300,000 t of washed sand a year", "80,000 t of crushed lava a year")),
        "M": (("内场土搅拌厂", "球场材料制造商", "内场土OEM工厂"),
              ("infield mix blending plant", "ballfield materials maker", "infield mix OEM"),
              ("年产内场土20万吨，砂土比例可调", "有配比实验室和混料线5条", "可做贴牌袋装，起订量20吨"),
              ("200,000 t of mix a year, sand-clay ratio to order", "a soils lab and 5 blending lines", "private-label bags from 20 t")),
        "D": (("运动场材料进口商", "球场养护用品批发商", "内场土代理商"),
              ("sports surface importer", "field maintenance wholesaler", "infield mix distributor"),
              ("客户球场和学校700家", "常备球场养护用品600种", "年出货内场土3万吨"),
              ("700 field and school accounts", "600 field care products in stock", "30,000 t of mix shipped a year")),
        "E": (("少儿棒球联盟", "大学体育部", "棒球训练营"),
              ("youth baseball league", "college athletics department", "baseball academy"),
              ("球场45块，每年春天补土", "球场6块，每场比赛前都要整理内场", "室外球场8块，全年开训"),
              ("45 diamonds topped up every spring", "6 diamonds groomed before every game", "8 outdoor diamonds in use year-round")),
        "material": (("煅烧黏土", "水洗沙", "火山岩粒"), ("calcined clay", "washed sand", "crushed lava rock")),
        "places": (("湖州", "临沂", "宜兴"), ("Huzhou", "Linyi", "Yixing")),
    },
    "swingseat": {
        "sector": FIELD,
        "product": ("秋千座椅和吊扣", "swing seats and hangers"),
        "use": ("运营或维护游乐场", "run or maintain playgrounds"),
        "R": (("橡胶混炼厂", "镀锌链条厂", "不锈钢吊扣锻造厂"),
              ("rubber compounder", "galvanized chain maker", "stainless hanger forge"),
              ("混炼胶年产1.2万吨", "链条年产4000万米", "吊扣年产600万套"),
              ("12,000 t of compound a year", "40 million m of chain a year", "6 million hangers a year")),
        "M": (("秋千座椅工厂", "游乐配件制造商", "秋千OEM工厂"),
              ("swing seat factory", "playground parts maker", "swing seat OEM"),
              ("年产秋千座椅150万个，带状、桶状都做", "模压机40台", "可做贴牌，起订量300个"),
              ("1.5 million seats a year, belt and bucket styles", "40 compression presses", "private-label runs from 300 seats")),
        "D": (("游乐配件进口商", "户外游乐用品批发商", "秋千品牌代理商"),
              ("playground parts importer", "outdoor play wholesaler", "swing brand distributor"),
              ("客户安装商和学校1300家", "常备游乐配件1500种", "年出货秋千座椅20万个"),
              ("1,300 installer and school accounts", "1,500 play parts in stock", "200,000 seats shipped a year")),
        "E": (("学区后勤部门", "公寓物业公司", "家庭游乐中心连锁"),
              ("school facilities department", "apartment community operator", "family fun center chain"),
              ("学校140所，秋千每年检修两次", "管理小区260个，每个小区都有游乐区", "门店40家，户外区秋千上百架"),
              ("140 schools with swings inspected twice a year", "260 communities, each with a play area", "40 centers with a hundred swing bays outdoors")),
        "material": (("混炼胶", "镀锌链条", "不锈钢吊扣"), ("rubber compound", "galvanized chain", "stainless hangers")),
        "places": (("温州", "永康", "宁海"), ("Wenzhou", "Yongkang", "Ninghai")),
    },
    "goalnet": {
        "sector": FIELD,
        "product": ("球门网", "goal nets"),
        "use": ("管着足球场或冰球场", "run soccer or hockey fields"),
        "R": (("高强涤纶丝厂", "聚乙烯单丝厂", "编织线厂"),
              ("high-tenacity polyester yarn mill", "polyethylene monofilament maker", "braided cord mill"),
              ("涤纶工业丝年产3万吨", "单丝年产1.5万吨", "编织线年产5000吨"),
              ("30,000 t of HT polyester yarn a year", "15,000 t of monofilament a year", "5,000 t of braided cord a year")),
        "M": (("球门网工厂", "运动网具制造商", "球网OEM工厂"),
              ("goal net factory", "sports netting maker", "netting OEM"),
              ("年产球门网80万副，有结无结都做", "织网机120台", "可定做尺寸，起订量50副"),
              ("800,000 pairs of nets a year, knotted and knotless", "120 netting looms", "custom sizes from 50 pairs")),
        "D": (("体育用品进口商", "团体运动器材批发商", "球网代理商"),
              ("sporting goods importer", "team sports wholesaler", "sports netting distributor"),
              ("客户学校和俱乐部2400家", "常备场地器材3000种", "年出货球门网10万副"),
              ("2,400 school and club accounts", "3,000 field items in stock", "100,000 pairs of nets shipped a year")),
        "E": (("青少年足球联盟", "市体育中心", "冰球馆连锁"),
              ("youth soccer association", "municipal sports complex", "ice rink chain"),
              ("球场300块，每个赛季换网", "场地40块，每周都有比赛", "冰场25座，球门网半年一换"),
              ("300 fields and new nets every season", "40 fields with games every weekend", "25 rinks replacing nets twice a year")),
        "material": (("高强涤纶丝", "聚乙烯单丝", "编织线"), ("high-tenacity polyester yarn", "polyethylene monofilament", "braided cord")),
        "places": (("威海", "南通", "泰州"), ("Weihai", "Nantong", "Taizhou")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("俄亥俄州代顿", "Dayton, Ohio"), ("艾奥瓦州得梅因", "Des Moines, Iowa"),
             ("北卡罗来纳州阿什维尔", "Asheville, North Carolina"), ("俄勒冈州尤金", "Eugene, Oregon"),
             ("肯塔基州列克星敦", "Lexington, Kentucky"), ("明尼苏达州德卢斯", "Duluth, Minnesota"),
             ("缅因州波特兰", "Portland, Maine"), ("爱达荷州博伊西", "Boise, Idaho"),
             ("堪萨斯州威奇托", "Wichita, Kansas"), ("佐治亚州萨凡纳", "Savannah, Georgia"),
             ("纽约州罗切斯特", "Rochester, New York"), ("犹他州普罗沃", "Provo, Utah"),
             ("路易斯安那州巴吞鲁日", "Baton Rouge, Louisiana"), ("康涅狄格州哈特福德", "Hartford, Connecticut"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供货商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端客户", "最终用户", "直接用户")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国当地的{n}", "实力不错的美国{n}", "信誉好的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} based in the States", "a {n} over in the US", "a reliable American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} over in China", "a reliable Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "国内的{n}", "实力不错的中国{n}", "信誉好的中国{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "美国进口的{n}", "美国货源的{n}"),
    ("CN", "en"): ("{n} made in the US", "American {n}", "{n} of US origin"),
    ("US", "en"): ("{n} made in China", "Chinese {n}", "{n} of Chinese origin"),
    ("US", "zh"): ("中国产的{n}", "中国进口的{n}", "中国货源的{n}"),
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
    "zh": {"cue": ("{it}正在寻找{want}的长期货源。", "{it}在找{want}，先从试单做起。", "{it}寻求{want}稳定供货，用量不小。"),
           "named": ("{want}：年用量稳定，供货方未定。", "{it}眼下的短板是{want}。", "{it}今年要解决的头一件事：{want}。")},
    "en": {"cue": ("{It} is looking for a dependable source of {want}.", "{It} seeks {want}, starting with a trial lot.", "{It} hopes to find {want} in steady volume."),
           "named": ("{want_cap}: steady yearly volume, vendor still open.", "The bottleneck for {it} right now is {want}.", "Item one on {its} sourcing list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product}.
PLANS = {
    ("R", "M"): {"zh": ("公司给自己定的目标：三年内让{mat_own}成为{cty}{product}的常用料。",
                        "{mat_own}明年开始批量发往{cty}，专门用在{product}上。",
                        "今年新增的产能，主要留给{cty}做{product}要用的{mat_own}。"),
                 "en": ("Within three years it wants its {mat_own} to be a standard input for {product} made in {cty}.",
                        "Starting next year, a share of its {mat_own} is earmarked for {cty}, to go into {product}.",
                        "Capacity added this year is meant for {mat_own} that ends up in {cty_adj}-made {product}.")},
    ("M", "R"): {"zh": ("从明年开始，{mat}打算改从{cty}采购，预算里已经留了试单的钱。",
                        "{mat}的进货渠道准备换到{cty}，下半年先走一批试试。",
                        "今年想把{mat}的来源整个放到{cty}，签一年期合同。"),
                 "en": ("Beginning next year, it plans to buy its {mat} out of {cty}; money for a trial lot is already set aside.",
                        "Its {mat} will come from {cty} starting in the second half, beginning with one trial lot.",
                        "The intention is to move all purchasing of its {mat} to {cty} under a one-year contract.")},
    ("M", "D"): {"zh": ("目标是一年内让{cty}的买家在当地就能拿到现货{product}，公司本身不打算在那边设仓。",
                        "{product}进入{cty}零售渠道是明年的重点，库存和售后准备交给当地去做。",
                        "明年希望{cty}有200家门店上架{product}，公司自己只管生产。"),
                 "en": ("The aim is for its {product} to be available off the shelf across {cty} within a year, without a warehouse of its own there.",
                        "Next year's focus is getting its {product} into retail across {cty}, with stock and service run locally.",
                        "By next year it wants its {product} on 200 shelves in {cty}, while it concentrates on production.")},
    ("M", "E"): {"zh": ("接下来，{product}打算直接供给{cty}那些{use}的单位，不经过中间环节。",
                        "明年想在{cty}直接签下几家{use}的大户。",
                        "公司希望{cty}{use}的人，能直接从厂里订到{product}。"),
                 "en": ("Next, it means to sell its {product} directly to those in {cty} who {use}, without a middleman.",
                        "Next year it plans to sign direct contracts in {cty} with organizations that {use}.",
                        "The thinking is that people in {cty} who {use} should be able to order {product} straight from its plant.")},
    ("D", "M"): {"zh": ("明年的产品目录准备加入{cty}产的{product}，定价比现有的低一截。",
                        "计划把{cty}制造的{product}引进来，用自己的品牌卖。",
                        "下个季度，{product}打算直接从{cty}的产地拿货。"),
                 "en": ("Next year's catalog is to carry {product} made in {cty}, priced a notch below the current range.",
                        "The plan is to bring in {cty_adj}-made {product} and sell the line under its own label.",
                        "Next quarter, it intends to buy its {product} straight from the source in {cty}.")},
    ("D", "E"): {"zh": ("今年打算把库存的{product}直接卖给{cty}那些{use}的单位。",
                        "下一步想在{cty}培养一批{use}的固定客源，按月补货。",
                        "仓里的{product}，今年准备全部供给{cty}{use}的那些人。"),
                 "en": ("This year the stock of {product} it holds is meant for those in {cty} who {use}.",
                        "Next comes a steady base in {cty} of organizations that {use}, restocked monthly.",
                        "The {product} sitting in its warehouse should go this year to people in {cty} who {use}.")},
    ("E", "M"): {"zh": ("下一季准备在{cty}按自家规格定做一批{product}。",
                        "明年起，{product}打算直接在{cty}下单生产，不再买现成货。",
                        "今年的{product}想在{cty}照自己的图纸做。"),
                 "en": ("Next season the intention is to have {product} made to its own specification in {cty}.",
                        "From next year it will order its {product} straight off a production line in {cty} instead of buying ready-made.",
                        "This year's {product} will be made to its own drawings in {cty}.")},
    ("E", "D"): {"zh": ("打算改从{cty}有现货的渠道买{product}，两周内到货。",
                        "今年{product}准备走{cty}的现货渠道，少量多次地补。",
                        "以后{product}想在{cty}就近拿现货，不再等整柜海运。"),
                 "en": ("The plan is to buy {product} from ready stock in {cty}, delivered within two weeks.",
                        "This year it will restock its {product} in small, frequent lots from inventory already in {cty}.",
                        "Going forward it wants {product} from stock close at hand in {cty}, not full containers on a long voyage.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}暂时不在考虑之列。", "这次不找{neg}。", "和{neg}合作不在这次的计划内。", "对{neg}没有需求。"),
    "en": ("{plural_cap} are not on the list this time.", "It has no need for {plural} at present.", "Not interested in {plural} for now.",
           "{plural_cap} fall outside what it wants."),
}  # fmt: skip
SERVED = {
    "zh": ("老客户有{c1}、{c2}等{k}家{cnoun}。", "{c1}和{c2}这两家{cnoun}跟它合作多年。", "眼下的货主要供给{cnoun}，比如{c1}、{c2}。"),
    "en": ("Its current accounts include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "{c1} and {c2}, both {cnoun_pl}, have been customers for years.",
           "Most of its volume today goes to {cnoun_pl} like {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("恒通", "永信", "华盛", "瑞丰", "金桥", "远航", "新元", "德隆"),
    "en": ("Halvorsen", "Quimby", "Ridley", "Tolliver", "Marchetti", "Osgood", "Fenwick", "Dunmore"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a service provider handling one job for the company. Each: offer
# templates; want templates of three kinds ("cue": with a verb of seeking, "named": naming the
# partner without one, "plan": a frame around an implied plan); neutral middle lines; header
# lines and trailing lines ("!" marks a closing line). Slots: name it It its Its noun detail
# place year age year2 month month_zh d k m pct person who whos title staff scheme_ins want
# want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "claimnote": {  # an insurance claim adjuster's field notes after a loss
        "zh": {
            "offer": ("被保险人{name}系{place}的一家{noun}，{detail}。",
                      "{month_zh}月{d}日查勘员到{name}现场查勘。该公司为{noun}，{detail}。",
                      "出险单位：{name}（{noun}），{detail}。",
                      "报案人称，{name}成立于{year}年，是一家{noun}，{detail}。",
                      "{name}为{noun}，{detail}；本次报案为仓库进水，受损货物已拍照留存。",
                      "经现场核实，{name}确系{noun}，{detail}，出险前经营正常。"),
            "cue": ("{who}在笔录中顺带提到，{it}最近正在寻找{want}，希望理赔尽快结案。",
                    "据被保险人陈述，出险时{it}正在物色{want}，受损货物里有一批是准备给对方看的样品。",
                    "{it}寻求与{want}合作的洽谈因这次事故往后推了，{who}希望先行赔付一部分。",
                    "{who}说，{it}还在找{want}，仓库要尽快恢复，不然谈不下去。"),
            "named": ("{who}问查勘员：这次出险会不会影响{it}和{want}的合作？",
                      "被保险人补充：被水泡的那批货，原本是留给{want}试用的。",
                      "若与{want}的合作谈成，被保险人拟在续保时提高保额。",
                      "出险时{it}正与{want}接洽，尚未签约。"),
            "plan": ("被保险人在笔录中谈到今后的打算：{plan}",
                     "{who}称，事故不会打乱原定安排：{plan}",
                     "背景情况：{plan}"),
            "mid": ("事故原因初步判断为暴雨导致屋面渗漏。", "估损金额约{k}万元，最终以核定为准。", "现场照片{k}张已上传理赔系统。"),
            "head": ("理赔查勘记录", "报案号：LP{year2}{k}{d}{m}", "查勘报告（摘要）｜{scheme_ins}"),
            "tail": ("查勘意见：属保险责任，建议按损失清单核定赔付。", "免赔额按保单约定扣除。", "!查勘员：{staff}"),
        },
        "en": {
            "offer": ("Insured: {name}, a {noun} in {place}; {detail}.",
                      "Inspected the premises of {name} on {month} {d}. The insured is a {noun} ({detail}).",
                      "{name} reports a water loss at its warehouse. The firm is a {noun} founded in {year}; {detail}.",
                      "Recorded statement taken from {person}, {title} of {name}, a {noun}: {detail}.",
                      "Named insured {name} ({noun}, {age} years in business): {detail}.",
                      "Loss location: {place}. {name} operates there as a {noun}; {detail}."),
            "cue": ("During the statement, {who} mentioned that {it} is looking for {want} and asked how long the claim would take.",
                    "{It} had been trying to find {want}; part of the damaged stock was set aside as samples for that.",
                    "Per {who}, {it} seeks {want}, and every week the claim stays open holds those talks up.",
                    "{who} said the search for {want} is on hold until the warehouse is dry."),
            "named": ("{who} asked whether the loss would have to be disclosed to {want} in future talks.",
                      "Some of the damaged stock had been set aside as samples for {want}.",
                      "Insured noted that talks with {want} were under way when the loss occurred; nothing signed.",
                      "Should {it} sign with {want}, limits will need to go up at renewal."),
            "plan": ("The insured also described plans the loss has not changed. {plan}",
                     "Background from {who}: {plan}",
                     "Business outlook, per the statement: {plan}"),
            "mid": ("Cause of loss appears to be a failed roof drain during heavy rain.", "Reserve set at ${k},000 pending the contents inventory.",
                    "{k} photos uploaded to the claim file."),
            "head": ("CLAIM FILE — ADJUSTER'S NOTES", "Claim no. CL-{year2}-{k}{d}{m} · {scheme_ins}", "Field inspection report (extract)"),
            "tail": ("Coverage confirmed; recommend payment on receipt of proof of loss.", "Deductible applies per policy.", "!Adjuster: {staff}"),
        },
    },
    "interpbrief": {  # a language-service agency's briefing sheet for the interpreter
        "zh": {
            "offer": ("客户单位：{name}，{noun}，{detail}。",
                      "本次口译服务对象为{name}。该公司是{place}的一家{noun}，{detail}。",
                      "{name}成立于{year}年，属{noun}，{detail}；现场对接人{person}（{title}）。",
                      "背景资料（客户提供）：{name}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，之前用过我们的笔译服务。",
                      "{person}代表{name}预约陪同口译。公司是{noun}，{detail}。"),
            "cue": ("此行主要目的：{it}正在寻找{want}，需要译员协助现场洽谈。",
                    "{who}交代，{it}这次出去是为了物色{want}，谈价格时请照实翻译，不要替客户让步。",
                    "{it}寻求与{want}建立长期合作，译员需提前熟悉产品规格。",
                    "{who}说，{it}在找{want}，会谈可能临时加场。"),
            "named": ("会谈对象：{want}（名单会前一天发送）。",
                      "{who}特别提醒：对方如果是{want}，交期和付款方式要逐字翻译。",
                      "本次会谈若能与{want}达成意向，客户将续订下周的口译。",
                      "预计会面方：{want}，三到四家。"),
            "plan": ("客户介绍的背景：{plan}",
                     "{who}在电话里说明了来意：{plan}",
                     "供译员参考：{plan}"),
            "mid": ("会场为酒店会议室，交替传译，无需设备。", "客户另需译员协助翻译名片和报价单。", "每天工作不超过8小时，超时另计。"),
            "head": ("口译任务单", "译员派单｜编号：KY{year2}{k}{d}", "陪同口译任务说明（{month_zh}月{d}日）"),
            "tail": ("术语表见附件，请译员提前熟悉。", "译员须遵守保密协议，不得私下联系客户。", "!派单：{staff}（项目经理）"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place} ({detail}).",
                      "You will be working with {person}, {title} at {name}. The company is a {noun}; {detail}.",
                      "{name} has booked a consecutive interpreter for {month} {d}. It is a {noun} founded in {year}: {detail}.",
                      "Background supplied by the client: {name}, {noun}, {detail}.",
                      "{name} ({noun}; {detail}) is a returning client of this agency.",
                      "About the client. {name} is a {noun} based in {place}, {detail}."),
            "cue": ("Purpose of the trip: {it} is looking for {want}, and you will interpret at the first meetings.",
                    "{who} says {it} seeks {want}; please render price and lead-time questions word for word.",
                    "{It} hopes to find {want} on this visit, so expect detailed talk about specifications.",
                    "The client is on a search for {want}; extra meetings may be added at short notice."),
            "named": ("Counterparts: {want} (names to follow the day before).",
                      "{who} flagged one thing: if the other side turns out to be {want}, payment terms are the sensitive point.",
                      "If the talks with {want} go well, the client will extend the booking by a week.",
                      "Expected meetings: three or four, each with {want}."),
            "plan": ("Why the client is travelling: {plan}",
                     "{who} explained the background on the phone. {plan}",
                     "For the interpreter's reference: {plan}"),
            "mid": ("Consecutive mode, hotel meeting room, no equipment needed.", "The client may also ask for sight translation of quotes and business cards.",
                    "Working day capped at eight hours; overtime billed separately."),
            "head": ("INTERPRETER BRIEF", "Assignment sheet · Job {year2}-{k}{d}", "Briefing notes for the interpreter ({month} {d})"),
            "tail": ("Glossary attached; please review it before the first session.", "The confidentiality agreement applies; do not contact the client directly.", "!Project manager: {staff}"),
        },
    },
    "ratequote": {  # a freight forwarder's rate-request intake
        "zh": {
            "offer": ("委托方：{name}（{place}），{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，本次来电询海运拼箱价。",
                      "客户{name}成立于{year}年，{noun}，{detail}；对接人{person}。",
                      "询价客户：{name}，属{noun}，{detail}。",
                      "{person}（{name}{title}）来询中美航线整柜运价。公司为{noun}，{detail}。",
                      "{name}位于{place}，{noun}，{detail}，此前走过两票空运样品。"),
            "cue": ("交易对手一栏暂空：{it}还在寻找{want}，先要一个参考价做预算。",
                    "{who}说，公司正在物色{want}，找到后再定具体港口。",
                    "{it}寻求与{want}签长期合同，希望先锁定全年运价。",
                    "{it}在找{want}，这次询价是为了报价单里的运费一项。"),
            "named": ("对方单位：待定（{want}）。",
                      "目的港和对方单位要等{want}确定后再报。",
                      "{who}问：如果对方是{want}，能不能做门到门？",
                      "此票询价对应的交易对手：{want}，尚未签约。"),
            "plan": ("客户说明的出货背景：{plan}",
                     "{who}介绍，{plan}",
                     "询价原因：{plan}"),
            "mid": ("货物不含电池，非危险品。", "预计每月{m}个40尺柜。", "客户要求报价含码头操作费和报关费。"),
            "head": ("货代询价登记", "询价单号：XJ{year2}{k}{d}", "中美线询价记录｜{month_zh}月{d}日"),
            "tail": ("已报参考价，有效期至月底。", "报价不含目的港关税及查验费。", "!业务：{staff}"),
        },
        "en": {
            "offer": ("Customer: {name}, {place}. A {noun}; {detail}.",
                      "{name} called in for an LCL rate. It is a {noun} ({detail}).",
                      "Rate request from {person}, {title}, {name}: the company is a {noun}, {detail}.",
                      "{name} ({noun}, est. {year}): {detail}.",
                      "Account: {name}, a {noun} in {place}; {detail}. Two air shipments of samples so far.",
                      "New inquiry. {name} is a {noun}; {detail}."),
            "cue": ("Counterparty left blank for now: {it} is still looking for {want} and wants a budget figure first.",
                    "{who} said they seek {want} and will confirm ports once one is signed.",
                    "{It} is trying to find {want} and would like a yearly rate locked in before talks close.",
                    "Freight line needed for a pitch: {it} is out to find {want}."),
            "named": ("Other party: {want}, not yet signed.",
                      "Destination and counterparty pending: {want}.",
                      "{who} asked: if the other side is {want}, can we quote door to door?",
                      "Counterparty on this lane, once agreed: {want}."),
            "plan": ("Reason for the inquiry: {plan}",
                     "{who} gave some background. {plan}",
                     "Customer's note: {plan}"),
            "mid": ("Non-hazardous, no batteries.", "Expected volume: {m} forty-foot containers a month.",
                    "Quote to include terminal handling and customs clearance."),
            "head": ("RATE REQUEST — intake", "Quote ref. Q-{year2}-{k}{d}", "Transpacific inquiry log · {month} {d}"),
            "tail": ("Indicative rate sent; valid to month end.", "Duties, exam fees and demurrage excluded.", "!Logged by {staff}, ocean desk"),
        },
    },
    "expertcall": {  # an expert network's call summary, the company's manager as the expert
        "zh": {
            "offer": ("专家背景：{person}，现任{name}{title}。该公司为{noun}，{detail}。",
                      "本次访谈专家来自{name}，一家位于{place}的{noun}，{detail}。",
                      "专家所在企业{name}成立于{year}年，属{noun}，{detail}。",
                      "{name}（{noun}）{detail}，专家在该公司任职{m}年。",
                      "访谈对象任职于{name}。据其介绍，公司是{noun}，{detail}。",
                      "{name}，{place}，{noun}；{detail}。"),
            "cue": ("问及公司下一步，{who}表示正在寻找{want}。",
                    "专家透露，{it}近期在物色{want}，已经看过几家。",
                    "{it}正寻求与{want}合作，专家认为年内可能落地。",
                    "{who}坦言，{it}在找{want}，但合适的不多。"),
            "named": ("问：公司目前最缺什么？答：{want}。",
                      "专家提到，能否拿下{want}是{it}明年增长的关键。",
                      "{who}反问访谈人：你们接触的企业里有没有{want}？",
                      "下一步合作方向：{want}。"),
            "plan": ("关于公司自身规划，专家谈到：{plan}",
                     "{who}补充：{plan}",
                     "专家观点摘录：{plan}"),
            "mid": ("访谈时长约60分钟，电话进行。", "专家判断行业价格今年会下行{pct}%左右。", "专家确认所述内容不涉及内幕信息。"),
            "head": ("专家访谈纪要", "行业调研｜访谈编号EC{year2}{k}{d}", "电话会议纪要（{month_zh}月{d}日）"),
            "tail": ("以上内容仅代表专家个人观点。", "本纪要仅供客户内部研究使用，不构成投资建议。", "!整理：{staff}"),
        },
        "en": {
            "offer": ("Expert: {person}, {title} at {name}, a {noun} in {place} ({detail}).",
                      "Today's expert works at {name}, which is a {noun}: {detail}.",
                      "{name} was founded in {year} and is a {noun}; {detail}. The expert has been there {m} years.",
                      "Company context: {name} ({noun}); {detail}.",
                      "Our expert is with {name}, a {noun} ({detail}); the call covered pricing and supply.",
                      "{name}, {place}: {noun}, {detail}."),
            "cue": ("Asked about the company's next move, {who} said it is looking for {want}.",
                    "The expert noted that {it} seeks {want} and has spoken with a few already.",
                    "{It} is trying to find {want}; the expert expects something within the year.",
                    "{who} admitted the hunt for {want} has been slow."),
            "named": ("Q: What is missing today? A: {want_cap}.",
                      "The expert sees a deal with {want} as the swing factor for next year.",
                      "{who} asked the interviewer whether our network includes {want}.",
                      "Next partnership focus: {want}."),
            "plan": ("On the company's own plans, the expert said: {plan}",
                     "{who} added some color. {plan}",
                     "Excerpt: {plan}"),
            "mid": ("Call length: 60 minutes, by phone.", "The expert expects prices to fall about {pct}% this year.",
                    "Compliance check completed; no material non-public information discussed."),
            "head": ("EXPERT CALL SUMMARY", "Call ID EX-{year2}-{k}{d} · Industry research", "Expert network call notes ({month} {d})"),
            "tail": ("Views are the expert's own.", "For the client's internal research only; not investment advice.", "!Summary prepared by {staff}"),
        },
    },
    "testform": {  # a testing laboratory's test request form
        "zh": {
            "offer": ("委托单位：{name}；地址：{place}；单位性质：{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，本次送检样品{m}件。",
                      "送样人{person}（{name}{title}）。该公司为{noun}，{detail}。",
                      "委托方{name}成立于{year}年，属{noun}，{detail}。",
                      "{name}（{noun}）{detail}，系本实验室老客户。",
                      "样品来源：{name}，{place}的{noun}，{detail}。"),
            "cue": ("检测用途：{it}正在寻找{want}，报告将作为洽谈资料提交。",
                    "{who}说明，公司在物色{want}，对方通常要求第三方报告。",
                    "{it}寻求与{want}合作，需出具中英文报告。",
                    "{who}称{it}在找{want}，报告越快越好。"),
            "named": ("报告用途：提供给{want}。",
                      "检测目的一栏填写：供{want}审核。",
                      "{who}问：这份报告{want}会认吗？",
                      "若结果合格，报告将随样品寄给{want}。"),
            "plan": ("委托方说明的送检背景：{plan}",
                     "{who}在送样时介绍：{plan}",
                     "备注：{plan}"),
            "mid": ("样品状态完好，已拍照留档。", "检测周期{m}个工作日。", "余样由委托方取回。"),
            "head": ("检测委托单", "委托编号：WT{year2}{k}{d}", "样品受理记录（{month_zh}月{d}日）"),
            "tail": ("检测结果仅对来样负责。", "报告加盖检验检测专用章后有效。", "!受理人：{staff}"),
        },
        "en": {
            "offer": ("Applicant: {name}, {place}. Business: {noun}; {detail}.",
                      "{name} is a {noun} ({detail}) and submitted {m} samples this week.",
                      "Samples received from {person}, {title} of {name}. The company is a {noun}: {detail}.",
                      "Client {name}, founded in {year}, is a {noun}; {detail}.",
                      "{name} ({noun}; {detail}) is a repeat client of the lab.",
                      "Submitted by {name}, a {noun} in {place}; {detail}."),
            "cue": ("Purpose of testing: {it} is looking for {want}, and the report goes into that pitch.",
                    "{who} explained that {it} seeks {want}, and third-party results are usually asked for.",
                    "{It} hopes to find {want}; results are needed in English with the test method cited.",
                    "Rush requested: {it} is searching for {want} and has a meeting soon."),
            "named": ("Intended recipient of the report: {want}.",
                      "Report use: for review by {want}.",
                      "{who} asked whether {want} would accept this lab's report.",
                      "If the samples pass, the report goes out with them to {want}."),
            "plan": ("Reason for testing, per the client: {plan}",
                     "{who} gave the background at drop-off. {plan}",
                     "Remarks: {plan}"),
            "mid": ("Samples received in good condition and photographed.", "Turnaround: {m} business days.",
                    "Retained samples to be collected by the client."),
            "head": ("TEST REQUEST FORM", "Lab job no. TR-{year2}-{k}{d}", "Sample receipt record ({month} {d})"),
            "tail": ("Results relate only to the samples tested.", "This report may not be reproduced except in full.", "!Received by {staff}"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("瑞", "嘉", "鑫", "润", "博", "丰", "众", "立", "盛", "恒", "远", "宇", "腾", "凯", "琪", "韵")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料科技有限公司", "原料有限公司"),
             "M": ("制造有限公司", "制品厂", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("连锁管理有限公司", "服务有限公司", "运营管理有限公司")}  # fmt: skip
PINYIN = ("Ruijia", "Xinrun", "Bofeng", "Zhongli", "Shengheng", "Yuanyu", "Tengkai", "Qiyun", "Jiarui", "Hengsheng")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials Technology"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Chain Management", " Services")}  # fmt: skip
EN_WORDS = ("Ashby", "Bellamy", "Calloway", "Dunstan", "Everly", "Fordham", "Galloway", "Hartwell",
            "Iverson", "Kendrick", "Linwood", "Merriam", "Norwood", "Pemberton", "Rutherford", "Sterling",
            "Thornbury", "Whitlock")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Fabrication", "Works"),
             "D": ("Distributing", "Wholesale", "Imports"),
             "E": ("Retail Group", "Venues", "Centers")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("陈立明", "陈立明", "陈立明"), ("周晓燕", "周晓燕", "周晓燕"), ("吴国强", "吴国强", "吴国强"),
                   ("郑丽", "郑丽", "郑丽"), ("何建军", "何建军", "何建军"), ("许婷", "许婷", "许婷")),
    ("CN", "en"): (("Chen Liming", "Chen Liming", "Chen"), ("Zhou Xiaoyan", "Zhou Xiaoyan", "Zhou"), ("Wu Guoqiang", "Wu Guoqiang", "Wu"),
                   ("Zheng Li", "Zheng Li", "Zheng"), ("Xu Ting", "Xu Ting", "Xu")),
    ("US", "en"): (("Megan Doyle", "Megan", "Doyle"), ("Carlos Medina", "Carlos", "Medina"), ("Rachel Kim", "Rachel", "Kim"),
                   ("Brian Holloway", "Brian", "Holloway"), ("Anita Desai", "Anita", "Desai"), ("Greg Sorensen", "Greg", "Sorensen"),
                   ("Laura Castellano", "Laura", "Castellano"), ("Marcus Bell", "Marcus", "Bell")),
    ("US", "zh"): (("Megan Doyle", "Megan Doyle", "Megan Doyle"), ("Carlos Medina", "Carlos Medina", "Carlos Medina"),
                   ("Greg Sorensen", "Greg Sorensen", "Greg Sorensen")),
}  # fmt: skip
CASUAL = {"interpbrief", "ratequote"}  # ways of writing calling a person by the casual short form
LINED = {"testform", "ratequote"}  # form-like ways of writing, more often one item a line
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "供应链经理", "采购负责人"), "down": ("海外销售总监", "国际业务经理", "外贸总监"),
           "any": ("总经理", "创始人", "董事长")},
    "en": {"up": ("sourcing director", "head of purchasing", "procurement manager"),
           "down": ("export sales director", "head of international sales", "VP of sales"),
           "any": ("general manager", "founder", "president")},
}  # fmt: skip
STAFF = {
    "zh": ("林雪", "马骏", "高文", "罗晓"),
    "en": ("J. Whitaker", "M. Ferreira", "D. Okafor", "L. Brandt"),
}
SCHEME_INS = {  # the line of insurance the claim falls under
    "zh": ("财产一切险", "货物运输险", "企业财产险"),
    "en": ("Commercial Property", "Inland Marine", "Business Owners Policy"),
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
_NOT_AN = ("US", "U.S", "uni", "Uni", "use", "one", "Eu", "eu")


def fix_articles(text: str) -> str:
    """'a' to 'an' before a vowel sound (not before 'US', 'uni…', 'one', 'use')."""

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
    if lang == "zh" and name.startswith(place) and "{place}" in offer_t:  # no place twice
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
        "staff": rng.choice(STAFF[lang]), "scheme_ins": rng.choice(SCHEME_INS[lang]),
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
    r"\b[Aa] (?!US\b|U\.S|uni|one\b|use)[aeiouAEIOU]|\b[Aa]n (?=US\b|uni|one\b)"
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
