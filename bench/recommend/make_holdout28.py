# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-eighth held-out ROLE set: ``roles_holdout28.json`` / ``roles_holdout28_gold.json``.

    python bench/recommend/make_holdout28.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no corpus generator past its module docstring. Only ``make_holdout27.py`` was read in
full (for the file format, the construction and the style; its layout, gold and check code is
copied here, not imported) and the module docstrings of the other ``make_holdout*.py`` /
``make_corpus*.py`` (to keep the ways of writing new). Chains, templates, ways of writing and
names are this set's own. The chain keys were checked against the list of keys given
(``_EARLIER``); the id prefixes ``ncn`` / ``nus`` occur in no other ``roles_*.json``. The
ways of writing were checked against those docstrings, and their marker words (核保, 承保,
underwrit, 经商处, consulate, AEO, CTPAT, 信用报告, credit report, mentee, 导师…) searched with
``grep -il`` over ``make_*.py`` and ``roles_*.json``, printing only file names: none matched
except single words inside other kinds of text (an accelerator application's "mentor", a bid
CV's "credit rating"). Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from crafts, hobbies and party supplies, none in any earlier set: knitting
  needles, embroidery hoops, craft fabric dye (needlework and textile crafts); scrapbook paper,
  craft glitter, model railway track (arts, crafts and hobby supplies); cake-decorating (piping)
  tips, piñatas, compressed-air confetti cannons, latex party balloons (party and baking
  supplies). Stages: R raw material or key component (birch dowel mill, beech strip mill,
  reactive dye powder producer, acid-free cardstock mill, metallized PET film producer, nickel
  silver rail mill, stainless steel strip mill, crepe paper mill, kraft paper tube maker, latex
  concentrate producer…), M maker, D distributor / importer / wholesaler, E end buyer or user
  (yarn shop chain, custom embroidery shop chain, summer camp operator, scrapbook retreat
  center, kids' art class chain, model railroad club, bakery chain, kids' party venue chain,
  nightclub group, balloon decor company…). Each company is at one stage and seeks an adjacent
  one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D). Chains of one sector stand
  beside each other (three, three and four).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``ncn001``… and ``nus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies are written about in mainland business Chinese (five of them in English, one
  per way of writing); US companies in English (five of them in Chinese, one per way of
  writing: a Chinese consulate, a Chinese translation of a customs summary, a Chinese credit
  agency, insurer or mentoring programme describing a US firm). Free text only: no stage or
  role codes.
* Five ways of writing, all by an outside body that assesses, certifies or vouches for the
  company, none used by an earlier set (their docstrings list, among many others, a bank's KYC
  summary, a bank trade-finance application, a supplier-audit report, customs brokers' intake
  and file notes, licence and permit filings, an accelerator application and award entries;
  the five below differ in who writes: an insurer, a consulate, a customs authority, a credit
  agency, a mentoring programme), each in both languages, 22 documents each (8 CN, 14 US):
  an insurance underwriter's risk note (核保意见 / UNDERWRITING NOTE: the insured's trade, loss
  record, the new exposure it expects); a consulate commercial section's company brief for a
  matchmaking programme (经济商务处企业简介 / Commercial Service company brief: "对接需求：…",
  "Partner profile requested: …"); a customs trusted-trader certificate summary (海关高级认证
  AEO 认证信息摘要, CTPAT validation summary: the business partners to be added and screened); a
  credit-reference agency's one-paragraph report (企业信用报告摘要 / business information
  report: grade, payment record, what management said in the interview; not a bank's KYC
  note: no relationship manager, no counterparty line); and a trade mentoring programme's
  mentee profile (跨境贸易导师计划学员档案 / mentee profile: the mentor's assessment and the goal of
  the engagement). Per way and language: six offer templates, three to four of each kind of
  want and three neutral middle lines (loss record, registration, compliance history, payment
  record, length of the intake session).
* Three kinds of want, evenly over each side and each way of writing: with a verb of seeking
  ("寻找", "寻求", "物色", "在找", "looking for", "seek", "find", "search"); naming the partner
  without one (a label, a question, a condition, a quotation, an assessment); or only implied by
  a plan that names no role of the partner. The generator checks that cue words occur in
  exactly the first kind and that plans name no noun, specific or generic, of the stage sought.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought; 9), negated wants ("目前不考虑…", "It is not after …"; 10),
  role words in company names that differ from the company's stage (9), wants naming only a
  generic role and the country (9), a maker's want named by its input material (5); the want
  first (then naming the company; 31 documents), in the middle (before a neutral line or the
  customers served; 19) or last (60); third-person voice throughout, with quotations,
  questions, conditions and plans; report numbers, grades, certificate numbers, disclaimers and
  sign-offs as genre boilerplate.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20280612
NAME = "roles_holdout28"
PREFIX = {"CN": "ncn", "US": "nus"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "acousticpanel aerosolcan aerostat agdrone airfilter airfryer aligner almond am amenity anchor "
    "animation aquafilter aquaheater archery artflower backpack badmintonshuttle baijiu bamboo "
    "barcode bathbomb bearing bed beef beer bellowsbox berry bicycle billiards biobag birdfeeder "
    "birdsnest blinds boardgame boba boiler bonsaitray bottle bowling bpmonitor brake bridal "
    "cabinet cable cabletie camper candle carpet cart carton carwash cashmere casket catheter "
    "catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair charging chessset "
    "choppingboard chopstick cider climbhold clipper cnc coathanger cocoa coffee coldchain "
    "compressor cone conveyor cookware cosmetics costume countertop countingframe crayon croquetset "
    "crucible crusher cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer "
    "diaper dinnerware dogharness dressing driedfruit drillbit drip drone dryer drywall dumpling "
    "duvet earbuds ebike ebus egg electrode electrolyser elevator energydrink epoxy evcharger "
    "excavator extinguisher eyelash eyewear fastener faucet fertilizer fgmesh film firework "
    "flatglass floss flour foldfan footwear forklift formula fountainpen fries frozenveg furniture "
    "gardenstatue garlic garment gearbox generics ginseng glassmosaic glove golf greenhouse "
    "greentea greetingcard grindwheel grout guitar gummy h2tank hairdryer hairdye hamaca handbag "
    "hearingaid heatexchanger heatpump heavybag helmet hinge hoist honey hose hotpot hotsauce "
    "hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense indgas ink "
    "insulator intumescent inverter ivd jewelry jigsawpuzzle juice karaokeset kayak keg keypad "
    "kimchi kitecraft knife kombucha kscope ladder lanyard laundry lcdmodule led ledstreet "
    "lipbalm lithium localization locker loyly lubricant luggage magnet magnetwire mahjongtiles "
    "marimbawood marinerope marotte massagechair mattress medal meddev microscope mistmaker mlcc "
    "mold mooncake motor mountform mouthharp mower mushroom musicbox nailpolish netpen noodle nuts "
    "nylonyarn oatmilk oliveoil oring oven padlock paint pallet pasta pcb peach pencil perfume "
    "petfood phonecase piano pickle pickleball pictureframe pillow pingpong pipe pipette piste "
    "playingcard popcorn posterminal pouch powerchip powertool printing pump pv racking radiator "
    "railcar rainbarrel razor reagent rebar reefer rice ricecooker ricenoodle robot robotarm "
    "robovac rollerchain roofing saddle safetysign sandwichpanel sanitizer sausage sawblade "
    "scaffold scooter scrubs seafood sealant seating seaweed sesameoil sewing shampoo "
    "shockabsorber silk sink smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce "
    "sparkplug spcfloor spice sportswear spring startelescope storage stretchfilm stroller sugar "
    "sunglasses sunscreen surfboard suture swimwear syringe tackle tamtam tape tea tennisracket "
    "tent terrestrial thermostat tile toothbrush towel toy trampoline transformer treadmill "
    "trekpole truckscale tuna turf turnout tyre ukulelekit umbrella upvcprofile valve vase vending "
    "vetvax vinegar violin visioncam vitamin wallcovering wallet walnut wastecart wastewater watch "
    "water watermeter waxwrap weldwire wetwipe wheelchair wig wind windcock window wine wiperblade "
    "wrench xmastree yeast yogamat zipper milkliner eartag poultrydrinker seedcoat moisturemeter "
    "toxinbinder treeshelter fencer aistraw ptoshaft whiteboard shredder stapler projscreen doccam "
    "bindwire calculator chalk stickynote envelope acrylicdisplay boothsystem paperbag rigidbox "
    "hangtag mannequin esl stagetruss ribbon receiptroll"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do with it (zh, en;
# a relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain.
# ---------------------------------------------------------------------------------------------
NEEDLE = ("手工编织与布艺", "needlework and textile crafts")
CRAFT = ("手工美术与模型", "arts, crafts and hobby supplies")
PARTY = ("派对与烘焙用品", "party and baking supplies")
CHAINS: dict[str, dict[str, object]] = {
    "knitneedle": {
        "sector": NEEDLE,
        "product": ("编织针", "knitting needles"),
        "use": ("靠教编织、卖毛线吃饭", "teach knitting or sell yarn for a living"),
        "R": (("桦木圆棒厂", "铝棒拉拔厂", "环形针软线厂"),
              ("birch dowel mill", "aluminum rod drawing mill", "circular needle cable maker"),
              ("桦木圆棒年产1.2万立方米，直径2到25毫米", "铝棒年产8000吨，针用规格都有", "软线年产3000万根，长40到150厘米"),
              ("12,000 m³ of birch dowels a year, 2 to 25 mm across", "8,000 t of drawn aluminum rod a year in needle sizes", "30 million cables a year, 40 to 150 cm long")),
        "M": (("编织针工厂", "棒针钩针制造商", "编织针OEM工厂"),
              ("knitting needle factory", "knitting and crochet tool maker", "knitting needle OEM"),
              ("年产编织针1800万副，2到25毫米各号齐全", "车磨抛光工人220人，环形针、直针都做", "可做贴牌，起订量500副"),
              ("18 million pairs a year in every size from 2 to 25 mm", "220 turners and polishers making straight and circular needles", "private-label runs from 500 pairs")),
        "D": (("编织用品进口商", "编织用品批发商", "编织针品牌代理商"),
              ("needlecraft importer", "knitting supplies wholesaler", "knitting needle brand distributor"),
              ("客户毛线店1900家", "常备针具和配件3200种", "年出货编织针80万副"),
              ("1,900 yarn shop accounts", "3,200 needles and notions in stock", "800,000 pairs of needles shipped a year")),
        "E": (("毛线店连锁", "手工艺品超市连锁", "编织教室连锁"),
              ("yarn shop chain", "craft superstore chain", "knitting class studio chain"),
              ("门店75家，针具墙每月补货", "门店860家，编织区常年备针300款", "教室32间，每年教会学员2万人织毛衣"),
              ("75 shops whose needle walls are restocked monthly", "860 stores carrying 300 needle styles", "32 studios teaching 20,000 students a year")),
        "material": (("桦木圆棒", "针用铝棒", "环形针软线"), ("birch dowels", "needle-grade aluminum rod", "circular needle cables")),
        "places": (("安吉", "桐庐", "诸暨"), ("Anji", "Tonglu", "Zhuji")),
    },
    "embhoop": {
        "sector": NEEDLE,
        "product": ("绣绷", "embroidery hoops"),
        "use": ("靠刺绣接单", "do embroidery for paying customers"),
        "R": (("山毛榉木条厂", "黄铜螺丝厂", "塑料绣绷圈注塑厂"),
              ("beech strip mill", "brass thumbscrew maker", "plastic hoop ring molder"),
              ("山毛榉木条年产8000立方米，可蒸汽弯圈", "黄铜螺丝年产1.5亿套", "塑料内外圈年产2000万副"),
              ("8,000 m³ of steam-bendable beech strips a year", "150 million brass thumbscrews a year", "20 million pairs of plastic rings a year")),
        "M": (("绣绷工厂", "刺绣工具制造商", "绣绷OEM工厂"),
              ("embroidery hoop factory", "embroidery tool maker", "embroidery hoop OEM"),
              ("年产绣绷1200万只，直径8到60厘米", "弯圈木工160人，手绣绷、机绣框都做", "可做贴牌，起订量1000只"),
              ("12 million hoops a year, 8 to 60 cm across", "160 woodworkers bending hand hoops and machine frames", "private-label runs from 1,000 hoops")),
        "D": (("十字绣用品进口商", "刺绣用品批发商", "绣绷品牌代理商"),
              ("needlework importer", "embroidery supplies wholesaler", "embroidery brand distributor"),
              ("客户门店1500家", "常备绣线、绣布、绣绷4800种", "年出货绣绷120万只"),
              ("1,500 store accounts", "4,800 threads, fabrics and hoops in stock", "1.2 million hoops shipped a year")),
        "E": (("十字绣专卖店连锁", "定制绣花店连锁", "手作课堂连锁"),
              ("needlework shop chain", "custom embroidery shop chain", "craft workshop chain"),
              ("门店60家，绣绷是进店必买品", "门店90家，每天换下的绣框上千只", "门店40家，每月开刺绣课600场"),
              ("60 shops where a hoop is in nearly every basket", "90 shops wearing out a thousand frames a day", "40 studios running 600 embroidery classes a month")),
        "material": (("山毛榉木条", "黄铜螺丝", "塑料绣绷圈"), ("beech strips", "brass thumbscrews", "plastic hoop rings")),
        "places": (("苏州", "南通", "常熟"), ("Suzhou", "Nantong", "Changshu")),
    },
    "fabricdye": {
        "sector": NEEDLE,
        "product": ("扎染染料", "tie-dye and fabric dye kits"),
        "use": ("带着孩子和学员做扎染", "run tie-dye sessions for kids and grown-ups"),
        "R": (("活性染料原粉厂", "挤压瓶注塑厂", "固色剂厂"),
              ("reactive dye powder producer", "squeeze bottle molder", "dye fixative maker"),
              ("活性染料年产2万吨，色号300个", "挤压瓶年产5000万只", "固色剂年产6000吨"),
              ("20,000 t of reactive dye a year in 300 shades", "50 million squeeze bottles a year", "6,000 t of fixative a year")),
        "M": (("扎染套装工厂", "手工染料制造商", "染料分装OEM工厂"),
              ("tie-dye kit factory", "craft fabric dye maker", "fabric dye OEM"),
              ("年产扎染套装600万套，5色到18色", "自建配色实验室，色号260个", "可做贴牌分装，起订量2000瓶"),
              ("6 million kits a year, 5 to 18 colors each", "a color lab with 260 shades on file", "private-label fills from 2,000 bottles")),
        "D": (("手工染料进口商", "纺织手工用品批发商", "染料品牌代理商"),
              ("craft dye importer", "textile craft wholesaler", "fabric dye brand distributor"),
              ("客户门店1300家", "常备染料和扎染工具700种", "年出货染料350万瓶"),
              ("1,300 store accounts", "700 dyes and tie-dye tools in stock", "3.5 million bottles shipped a year")),
        "E": (("夏令营运营商", "拼布店连锁", "手作派对工作室连锁"),
              ("summer camp operator", "quilt shop chain", "craft party studio chain"),
              ("营地30个，每个暑期办扎染课8000场", "门店48家，染料按色号上架", "门店36家，每周办扎染派对200场"),
              ("30 camps and 8,000 tie-dye sessions every summer", "48 shops with dyes shelved by shade", "36 studios hosting 200 tie-dye parties a week")),
        "material": (("活性染料原粉", "挤压瓶", "固色剂"), ("reactive dye powder", "squeeze bottles", "dye fixative")),
        "places": (("绍兴", "萧山", "吴江"), ("Shaoxing", "Xiaoshan", "Wujiang")),
    },
    "scrappaper": {
        "sector": CRAFT,
        "product": ("剪贴簿纸", "scrapbook paper"),
        "use": ("做剪贴簿和纪念相册生意", "make or sell scrapbooks for a living"),
        "R": (("无酸卡纸厂", "烫金膜厂", "珠光纸厂"),
              ("acid-free cardstock mill", "hot-stamping foil maker", "pearlescent paper mill"),
              ("无酸卡纸年产3万吨，克重180到300克", "烫金膜年产1亿平方米", "珠光纸年产8000吨"),
              ("30,000 t of acid-free cardstock a year, 180 to 300 g/m²", "100 million m² of stamping foil a year", "8,000 t of pearlescent paper a year")),
        "M": (("剪贴簿纸印刷厂", "手账纸品制造商", "剪贴簿纸OEM工厂"),
              ("scrapbook paper printer", "paper craft maker", "scrapbook paper OEM"),
              ("年印剪贴簿纸1.5亿张，12×12英寸为主", "设计师35人，每季出新花色400款", "可做贴牌，每款起订500张"),
              ("150 million sheets a year, mostly 12 by 12 inches", "35 designers and 400 new patterns a season", "private-label runs from 500 sheets a design")),
        "D": (("纸艺用品进口商", "剪贴簿用品批发商", "纸品品牌代理商"),
              ("paper craft importer", "scrapbooking wholesaler", "paper craft brand distributor"),
              ("客户门店2200家", "常备花纸和贴纸1.1万款", "年出货剪贴簿纸2000万张"),
              ("2,200 store accounts", "11,000 papers and stickers in stock", "20 million sheets shipped a year")),
        "E": (("剪贴簿专卖店连锁", "剪贴簿手作营", "照相馆连锁"),
              ("scrapbook store chain", "scrapbook retreat center", "portrait studio chain"),
              ("门店45家，花纸按张零售", "每年办剪贴簿周末营120期", "门店150家，代客制作纪念相册"),
              ("45 stores selling paper by the sheet", "120 scrapbooking weekends a year", "150 studios that make keepsake albums for clients")),
        "material": (("无酸卡纸", "烫金膜", "珠光纸"), ("acid-free cardstock", "hot-stamping foil", "pearlescent paper")),
        "places": (("龙港", "温州", "东莞"), ("Longgang", "Wenzhou", "Dongguan")),
    },
    "craftglitter": {
        "sector": CRAFT,
        "product": ("手工闪粉", "craft glitter"),
        "use": ("每天都要用闪粉做手工", "go through glitter by the pound every day"),
        "R": (("镀铝PET膜厂", "镭射膜厂", "纤维素膜厂"),
              ("metallized PET film producer", "holographic film maker", "cellulose film maker"),
              ("镀铝膜年产4万吨，厚12到50微米", "镭射膜年产6000万平方米", "纤维素膜年产5000吨，可生物降解"),
              ("40,000 t of metallized film a year, 12 to 50 microns", "60 million m² of holographic film a year", "5,000 t of biodegradable cellulose film a year")),
        "M": (("闪粉工厂", "闪粉制造商", "闪粉OEM工厂"),
              ("glitter factory", "glitter maker", "glitter OEM"),
              ("年产闪粉3000吨，颗粒0.1到6毫米", "调色师12人，颜色1500种", "可分装贴牌，起订量200公斤"),
              ("3,000 t of glitter a year, 0.1 to 6 mm flakes", "12 colorists and 1,500 shades", "private-label jars from 200 kg")),
        "D": (("手工材料进口商", "闪粉批发商", "手工品牌代理商"),
              ("craft supply importer", "glitter wholesaler", "craft brand distributor"),
              ("客户门店1800家", "常备闪粉1200色", "年出货闪粉400吨"),
              ("1,800 store accounts", "1,200 glitter shades in stock", "400 t of glitter shipped a year")),
        "E": (("手工艺品店连锁", "少儿美术培训连锁", "派对布置公司"),
              ("arts and crafts store chain", "kids' art class chain", "party decorating company"),
              ("门店410家，闪粉常年摆在手工胶旁边", "门店95家，每月用掉闪粉2吨", "年布置生日会和婚宴1500场"),
              ("410 stores with glitter shelved next to the glue", "95 studios using 2 t of glitter a month", "1,500 birthdays and receptions decorated a year")),
        "material": (("镀铝PET膜", "镭射膜", "纤维素膜"), ("metallized PET film", "holographic film", "cellulose film")),
        "places": (("义乌", "金华", "晋江"), ("Yiwu", "Jinhua", "Jinjiang")),
    },
    "modeltrack": {
        "sector": CRAFT,
        "product": ("火车模型轨道", "model railway track"),
        "use": ("靠火车模型吸引顾客和会员", "build and run model railway layouts"),
        "R": (("镍银轨条厂", "轨枕条注塑厂", "道岔电机厂"),
              ("nickel silver rail mill", "tie strip molder", "point motor maker"),
              ("镍银异型轨条年产1500吨", "轨枕条年产600万米", "道岔电机年产80万只"),
              ("1,500 t of nickel silver rail profile a year", "6 million m of tie strip a year", "800,000 point motors a year")),
        "M": (("模型轨道工厂", "火车模型制造商", "模型轨道OEM工厂"),
              ("model track factory", "model railway maker", "model track OEM"),
              ("年产轨道800万节，HO和N比例都有", "拥有精密模具140套", "可做贴牌，起订量2000节"),
              ("8 million track sections a year in HO and N scale", "140 precision molds", "private-label runs from 2,000 sections")),
        "D": (("火车模型进口商", "模型批发商", "火车模型品牌代理商"),
              ("model railway importer", "hobby wholesaler", "model railway brand distributor"),
              ("客户模型店900家", "常备模型配件1.5万种", "年出货轨道60万节"),
              ("900 hobby shop accounts", "15,000 hobby items in stock", "600,000 track sections shipped a year")),
        "E": (("模型店连锁", "火车模型俱乐部", "微缩景观展馆"),
              ("hobby shop chain", "model railroad club", "miniature world attraction"),
              ("门店55家，火车模型区占三分之一", "会员400人，场地铺轨1.2公里", "年接待游客50万人次，铺轨3公里"),
              ("55 shops, a third of each floor given to trains", "400 members and 1.2 km of track on the club layout", "500,000 visitors a year and 3 km of track")),
        "material": (("镍银轨条", "轨枕条", "道岔电机"), ("nickel silver rail", "tie strips", "point motors")),
        "places": (("东莞", "澄海", "深圳"), ("Dongguan", "Chenghai", "Shenzhen")),
    },
    "pipingtip": {
        "sector": PARTY,
        "product": ("裱花嘴", "cake-decorating tips"),
        "use": ("每天都要裱花做蛋糕", "decorate cakes every day"),
        "R": (("不锈钢带厂", "裱花袋膜厂", "裱花转换头注塑厂"),
              ("stainless steel strip mill", "piping bag film maker", "coupler molder"),
              ("304不锈钢带年产6万吨，厚0.3到0.8毫米", "裱花袋膜年产5000吨", "转换头年产8000万只"),
              ("60,000 t of 304 strip a year, 0.3 to 0.8 mm", "5,000 t of piping bag film a year", "80 million couplers a year")),
        "M": (("裱花嘴工厂", "烘焙工具制造商", "裱花嘴OEM工厂"),
              ("piping tip factory", "baking tool maker", "piping tip OEM"),
              ("年产裱花嘴5000万只，齿形300多种", "有冲压线18条", "可做贴牌套装，起订量500套"),
              ("50 million tips a year in over 300 patterns", "18 stamping lines", "private-label sets from 500")),
        "D": (("烘焙用品进口商", "烘焙工具批发商", "蛋糕装饰品牌代理商"),
              ("baking supply importer", "bakeware wholesaler", "cake decorating brand distributor"),
              ("客户烘焙店3000家", "常备烘焙工具6000种", "年出货裱花嘴套装40万套"),
              ("3,000 bakery accounts", "6,000 baking tools in stock", "400,000 tip sets shipped a year")),
        "E": (("烘焙连锁", "蛋糕裱花培训学校", "连锁超市"),
              ("bakery chain", "cake decorating school", "grocery chain"),
              ("门店260家，每天裱蛋糕1.2万个", "每年培训学员3000人", "门店180家，店内烘焙区都做现裱蛋糕"),
              ("260 shops decorating 12,000 cakes a day", "3,000 students a year", "180 stores, each with a cake counter")),
        "material": (("304不锈钢带", "裱花袋膜", "裱花转换头"), ("stainless steel strip", "piping bag film", "piping couplers")),
        "places": (("阳江", "揭阳", "潮州"), ("Yangjiang", "Jieyang", "Chaozhou")),
    },
    "pinatacraft": {
        "sector": PARTY,
        "product": ("皮纳塔", "piñatas"),
        "use": ("给孩子办生日派对", "throw birthday parties for kids"),
        "R": (("皱纹纸厂", "纸板厂", "流苏纸切割厂"),
              ("crepe paper mill", "paperboard mill", "fringed tissue cutter"),
              ("皱纹纸年产1.2万吨，颜色80种", "纸板年产10万吨", "流苏纸年产6000万米"),
              ("12,000 t of crepe paper a year in 80 colors", "100,000 t of paperboard a year", "60 million m of fringed tissue a year")),
        "M": (("皮纳塔工厂", "纸艺派对用品制造商", "皮纳塔OEM工厂"),
              ("piñata factory", "paper party goods maker", "piñata OEM"),
              ("年产皮纳塔300万只，造型500多种", "手工粘贴工人450人", "可定制造型，起订量300只"),
              ("3 million piñatas a year in 500 shapes", "450 workers pasting by hand", "custom shapes from 300 pieces")),
        "D": (("派对用品进口商", "派对用品批发商", "皮纳塔代理商"),
              ("party goods importer", "party supply wholesaler", "piñata distributor"),
              ("客户门店2800家", "常备派对用品1.2万种", "年出货皮纳塔50万只"),
              ("2,800 store accounts", "12,000 party items in stock", "500,000 piñatas shipped a year")),
        "E": (("派对用品店连锁", "儿童乐园连锁", "活动策划公司"),
              ("party store chain", "kids' party venue chain", "event planning company"),
              ("门店400家，皮纳塔墙是门店招牌", "门店85家，每周办生日会2000场", "年办派对和庆典900场"),
              ("400 stores, each with a piñata wall", "85 venues and 2,000 birthday parties a week", "900 parties and celebrations a year")),
        "material": (("皱纹纸", "纸板", "流苏纸"), ("crepe paper", "paperboard", "fringed tissue")),
        "places": (("义乌", "东阳", "苍南"), ("Yiwu", "Dongyang", "Cangnan")),
    },
    "confetticannon": {
        "sector": PARTY,
        "product": ("气压礼花筒", "confetti cannons"),
        "use": ("靠办活动、办派对营业", "put on parties and events for a living"),
        "R": (("牛皮纸管厂", "礼花纸片厂", "压缩气罐厂"),
              ("kraft paper tube maker", "tissue confetti cutter", "compressed-air canister maker"),
              ("纸管年产5000万支", "礼花纸片年产3000吨", "气罐年产3000万只"),
              ("50 million paper tubes a year", "3,000 t of tissue confetti a year", "30 million canisters a year")),
        "M": (("礼花筒工厂", "派对特效用品制造商", "礼花筒OEM工厂"),
              ("confetti cannon factory", "party effects maker", "confetti cannon OEM"),
              ("年产礼花筒2000万支，长30到80厘米，不含火药", "有灌装线10条", "可定制纸屑颜色和形状，起订量1000支"),
              ("20 million cannons a year, 30 to 80 cm, no pyrotechnics", "10 filling lines", "custom colors and shapes from 1,000 pieces")),
        "D": (("派对特效用品进口商", "庆典用品批发商", "礼花筒代理商"),
              ("party effects importer", "celebration supply wholesaler", "confetti cannon distributor"),
              ("客户门店1600家", "常备庆典用品5000种", "年出货礼花筒300万支"),
              ("1,600 store accounts", "5,000 celebration items in stock", "3 million cannons shipped a year")),
        "E": (("夜店集团", "婚礼策划公司", "体育馆运营商"),
              ("nightclub group", "wedding planning company", "sports arena operator"),
              ("旗下夜店28家，每晚开礼花筒上百支", "年办婚礼1200场", "年办赛事和演出220场，每场开场都放礼花"),
              ("28 clubs firing a hundred cannons a night", "1,200 weddings a year", "220 games and shows a year, each opening with confetti")),
        "material": (("牛皮纸管", "礼花纸片", "压缩气罐"), ("kraft paper tubes", "tissue confetti", "compressed-air canisters")),
        "places": (("义乌", "温州", "佛山"), ("Yiwu", "Wenzhou", "Foshan")),
    },
    "latexballoon": {
        "sector": PARTY,
        "product": ("乳胶气球", "latex balloons"),
        "use": ("用气球做布置或零售", "decorate with balloons or sell them by the bunch"),
        "R": (("浓缩乳胶厂", "气球色浆厂", "浸渍模具厂"),
              ("latex concentrate producer", "balloon pigment maker", "dipping former maker"),
              ("浓缩天然乳胶年产3万吨", "色浆年产1500吨，颜色120种", "浸渍模具年产20万只"),
              ("30,000 t of natural latex concentrate a year", "1,500 t of pigment paste a year in 120 colors", "200,000 dipping formers a year")),
        "M": (("乳胶气球工厂", "气球制造商", "气球OEM工厂"),
              ("latex balloon factory", "balloon maker", "balloon OEM"),
              ("年产气球20亿只，5到36英寸", "有浸渍生产线22条", "可印字定制，起订量1万只"),
              ("2 billion balloons a year, 5 to 36 inches", "22 dipping lines", "custom-printed runs from 10,000 balloons")),
        "D": (("气球进口商", "气球批发商", "气球品牌代理商"),
              ("balloon importer", "balloon wholesaler", "balloon brand distributor"),
              ("客户门店2500家", "常备气球3000款", "年出货气球1.5亿只"),
              ("2,500 store accounts", "3,000 balloon styles in stock", "150 million balloons shipped a year")),
        "E": (("气球装饰公司", "花店连锁", "游乐园"),
              ("balloon decor company", "florist chain", "amusement park"),
              ("年做气球拱门和场景布置4000场", "门店120家，气球花束每天卖800束", "年接待游客600万人次，园内气球摊40个"),
              ("4,000 balloon arches and installs a year", "120 shops selling 800 balloon bouquets a day", "6 million visitors a year and 40 balloon stands in the park")),
        "material": (("浓缩天然乳胶", "气球色浆", "浸渍模具"), ("natural latex concentrate", "balloon pigment paste", "dipping formers")),
        "places": (("沧州", "天津", "揭阳"), ("Cangzhou", "Tianjin", "Jieyang")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("宾夕法尼亚州兰开斯特", "Lancaster, Pennsylvania"), ("威斯康星州麦迪逊", "Madison, Wisconsin"),
             ("新墨西哥州阿尔伯克基", "Albuquerque, New Mexico"), ("田纳西州查塔努加", "Chattanooga, Tennessee"),
             ("南卡罗来纳州格林维尔", "Greenville, South Carolina"), ("密歇根州大急流城", "Grand Rapids, Michigan"),
             ("科罗拉多州柯林斯堡", "Fort Collins, Colorado"), ("阿肯色州小石城", "Little Rock, Arkansas"),
             ("内布拉斯加州奥马哈", "Omaha, Nebraska"), ("佛蒙特州伯灵顿", "Burlington, Vermont"),
             ("华盛顿州斯波坎", "Spokane, Washington"), ("得克萨斯州韦科", "Waco, Texas"),
             ("印第安纳州韦恩堡", "Fort Wayne, Indiana"), ("亚利桑那州图森", "Tucson, Arizona"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供货商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端客户", "最终用户", "直接用户")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end customer", "end user", "final buyer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国本土的{n}", "有实力的美国{n}", "一家靠谱的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the United States", "a {n} on the US side", "a dependable American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} on the Chinese side", "a dependable Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "国内的{n}", "有实力的中国{n}", "一家靠谱的中国{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "从美国进口的{n}", "美国货源的{n}"),
    ("CN", "en"): ("{n} made in the US", "American {n}", "{n} from a US source"),
    ("US", "en"): ("{n} made in China", "Chinese {n}", "{n} from a Chinese source"),
    ("US", "zh"): ("中国产的{n}", "从中国进口的{n}", "中国货源的{n}"),
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
    "zh": {"cue": ("{it}正在寻找{want}的稳定货源。", "{it}寻求{want}长期供货，年用量不小。", "{it}在找{want}，打算先下试单。"),
           "named": ("{want}：用量稳定，供货方待定。", "{it}产量的瓶颈，卡在{want}上。", "{it}今年采购清单上的第一项：{want}。")},
    "en": {"cue": ("{It} is looking for a steady supply of {want}.", "{It} seeks {want}; the yearly volume is significant.", "{It} hopes to find {want}, starting with a trial order."),
           "named": ("{want_cap}: volume steady, supplier not yet chosen.", "What holds {it} back is a shortage of {want}.", "First on {its} purchasing list this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product}.
PLANS = {
    ("R", "M"): {"zh": ("明年的目标，是让公司的{mat_own}用进{cty}生产的{product}里。",
                        "计划明年把三成{mat_own}销往{cty}，专供当地{product}的生产。",
                        "下一步，{mat_own}要进入{cty}{product}的生产线，这是公司今年立项的重点。"),
                 "en": ("Next year's goal is to get its {mat_own} into {product} made in {cty}.",
                        "The plan is to ship a third of its {mat_own} to {cty} next year, all of it for the production of {product}.",
                        "The next step is getting its {mat_own} onto production lines for {product} in {cty}, this year's main project.")},
    ("M", "R"): {"zh": ("明年起，{mat}计划改由{cty}供应，首批试单已列入预算。",
                        "为降低成本，下半年准备把{mat}的采购转到{cty}。",
                        "{mat}打算明年全部从{cty}进货，先签一年。"),
                 "en": ("From next year the plan is to source its {mat} out of {cty}; a first trial order is already in the budget.",
                        "To bring costs down, purchasing of its {mat} moves to {cty} in the second half.",
                        "Next year the whole supply of its {mat} is to come from {cty}, starting with a one-year contract.")},
    ("M", "D"): {"zh": ("计划明年让{cty}各地都能买到现货{product}，但公司自己不设仓库、也不开店。",
                        "下一步是把{product}铺进{cty}的零售渠道，备货和售后都交给当地。",
                        "明年{product}在{cty}的目标是进200家店，公司只管生产。"),
                 "en": ("The plan is to have its {product} in stock across {cty} within a year, with no warehouse or store of its own.",
                        "Next comes retail across {cty} for its {product}, with stock and after-sales handled on the ground there.",
                        "The target for next year: its {product} on the shelves of 200 stores in {cty}, while it sticks to production.")},
    ("M", "E"): {"zh": ("下一步，{product}要直接卖给{cty}那些{use}的单位，中间不加任何一道。",
                        "明年计划在{cty}签下第一批直接下单的客户，他们{use}。",
                        "目标是让{cty}{use}的人，直接从工厂拿到{product}。"),
                 "en": ("Next, its {product} will go straight to the people in {cty} who {use}, with nothing in between.",
                        "Next year the aim is a first set of direct contracts in {cty}, signed by people who {use}.",
                        "The idea is for those in {cty} who {use} to get {product} straight off its floor.")},
    ("D", "M"): {"zh": ("明年目录里要加一条{cty}产的{product}线，价格带比现有的低两成。",
                        "计划引进{cty}制造的{product}，以自有品牌销售。",
                        "下一季打算把{product}的货源换到{cty}，直接从产地拿货。"),
                 "en": ("Next year's catalog adds a {cty_adj}-made line of {product}, priced about a fifth under the current range.",
                        "The plan is to bring in {product} made in {cty} and sell the line under its own label.",
                        "Next season the sourcing of its {product} moves to {cty}, buying at the source.")},
    ("D", "E"): {"zh": ("今年计划把手上的{product}库存，直接卖给{cty}那些{use}的客户。",
                        "下一步是在{cty}发展一批{use}的长期买家，每月固定补货。",
                        "仓库里的{product}，准备今年全部出给{cty}{use}的那一群人。"),
                 "en": ("The plan is to move the {product} it holds in stock to the people in {cty} who {use}.",
                        "Next comes a base in {cty} of people who {use}, with monthly restocking.",
                        "This year its inventory of {product} is meant to go to those in {cty} who {use}.")},
    ("E", "M"): {"zh": ("下个季度打算在{cty}按自己的规格定做一批{product}。",
                        "计划明年起{product}全部改为在{cty}直接下单生产。",
                        "新一年的{product}准备在{cty}按图定制，不再买现成款。"),
                 "en": ("Next season the intention is to have {product} made to its own spec in {cty}.",
                        "From next year, the plan is to order its {product} straight off a production line in {cty}.",
                        "This year's {product} will be made to its own drawings in {cty} instead of bought off the shelf.")},
    ("E", "D"): {"zh": ("计划改从{cty}有现货的渠道采购{product}，交期压到两周内。",
                        "今年准备通过{cty}的现货渠道，小批量多批次地补{product}。",
                        "{product}以后想在{cty}就近拿现货，不再等整柜。"),
                 "en": ("The plan is to buy {product} from ready stock in {cty}, with delivery inside two weeks.",
                        "This year restocking of its {product} moves to small, frequent lots from off-the-shelf inventory in {cty}.",
                        "Going forward, its {product} should come from stock near at hand in {cty}, not full containers months out.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("目前不考虑{neg}。", "{neg}不在此次合作范围内。", "对{neg}暂无需求。", "与{neg}的合作暂不列入计划。"),
    "en": ("{plural_cap} are not what it needs this time.", "It is not after {plural}.", "No interest for now in {plural}.",
           "{plural_cap} are outside the scope this time."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户包括{c1}、{c2}等{k}家{cnoun}。", "{c1}、{c2}两家{cnoun}是其多年的老客户。", "目前主要供货给{cnoun}，如{c1}、{c2}。"),
    "en": ("Existing customers include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "{c1} and {c2}, both {cnoun_pl}, have bought from it for years.",
           "Today it sells mostly to {cnoun_pl} such as {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("金鼎", "万和", "聚源", "百川", "星河", "同创", "开元", "福瑞"),
    "en": ("Whitcombe", "Barrow", "Kinsley", "Lorimer", "Ashcroft", "Pendleton", "Thackeray", "Vance"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by an outside body that assesses or vouches for the company. Each: offer
# templates; want templates of three kinds ("cue": with a verb of seeking, "named": naming the
# partner without one, "plan": a frame around an implied plan); neutral middle lines; header
# lines and trailing lines ("!" marks a closing line). Slots: name it It its Its noun detail
# place year age year2 month month_zh d k m pct person who whos title staff office scheme certno
# grade sector want want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "underwriting": {  # an insurance underwriter's risk note
        "zh": {
            "offer": ("投保人{name}系{place}的一家{noun}，{detail}。",
                      "{name}（以下简称投保人）为{noun}，{detail}。",
                      "经核查，{name}成立于{year}年，属{noun}，{detail}。",
                      "风险概况：{name}，{noun}，{detail}，经营年限{age}年。",
                      "本次投保主体{name}位于{place}，是一家{noun}，{detail}。",
                      "查勘人员{month_zh}月走访了{name}。该公司为{noun}，{detail}。"),
            "cue": ("据投保人介绍，{it}正在寻找{want}，新增业务拟一并投保。",
                    "{who}向核保人员表示，{it}目前在物色{want}。",
                    "{it}正寻求与{want}建立长期合作，相关风险将在续保时评估。"),
            "named": ("投保人提出，若能与{want}签约，将申请追加保额。",
                      "核保人员问及新增合作方，{who}答：“{want}，还在接触。”",
                      "{it}下一年度新增风险的主要来源：{want}。",
                      "能否与{want}谈成合作，是本保单续保时需要重新评估的事项。"),
            "plan": ("{it}在投保时说明了下一年度的经营计划：{plan}",
                     "承保背景：{plan}",
                     "据{who}介绍，{plan}"),
            "mid": ("近三年无重大赔案。", "消防及仓储条件符合承保要求。", "公众责任险已连续投保{m}年。"),
            "head": ("核保意见（摘要）", "{scheme_ins}｜承保风险说明", "核保记录　编号：HB{year2}{k}{d}"),
            "tail": ("核保结论：同意承保，按标准费率执行。", "免赔额及特别约定以保单为准。", "!核保人：{staff}"),
        },
        "en": {
            "offer": ("Insured: {name}, a {noun} in {place} ({detail}).",
                      "{name} is a {noun} founded in {year}; {detail}.",
                      "The applicant, {name}, operates as a {noun} out of {place}: {detail}.",
                      "Risk profile: {name}, {noun}, {age} years in business; {detail}.",
                      "Site survey completed at {name} in {month}. The firm is a {noun} ({detail}).",
                      "{name} ({noun}; {detail}) applies for renewal of its cover."),
            "cue": ("Per the applicant, {it} is looking for {want} and expects new exposure from that trade.",
                    "{who}, {title}, told the underwriter that {it} seeks {want}.",
                    "{It} is trying to find {want}; cover for the new business would be added by endorsement."),
            "named": ("New exposure flagged by the applicant: {want}.",
                      "If {it} signs on with {want}, the limit will need review mid-term.",
                      "Asked about new counterparties, {who} answered: “{want_cap}, still in talks.”",
                      "Open item for renewal: whether {it} lands {want}."),
            "plan": ("Planned change in operations, per the applicant: {plan}",
                     "Underwriter's note on {its} plans for next year. {plan}",
                     "{who} described what is coming for {it}. {plan}"),
            "mid": ("No large losses in the past three years.", "Fire protection and storage meet underwriting guidelines.",
                    "General liability cover has been in place for {m} years."),
            "head": ("UNDERWRITING NOTE — {scheme_ins}", "Risk Summary (extract)", "Submission review · Ref. UW-{year2}-{k}{d}"),
            "tail": ("Recommendation: accept at standard terms.", "Deductibles and exclusions per policy wording.", "!Underwriter: {staff}"),
        },
    },
    "consulbrief": {  # a consulate commercial section's company brief for matchmaking
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "企业名称：{name}；企业概况：{noun}，成立于{year}年，{detail}。",
                      "据企业提供的材料，{name}为{noun}，{detail}，去年营业额增长{pct}%。",
                      "本处近日与{name}座谈。该公司是{noun}，位于{place}，{detail}。",
                      "{name}（{noun}）{detail}，已报名参加本处组织的对接活动。",
                      "{name}成立于{year}年，属{noun}，{detail}。"),
            "cue": ("企业表示，{it}正在寻找{want}，请本处协助对接。",
                    "{who}告诉本处，公司希望物色{want}。",
                    "{it}正寻求与{want}合作，已提交对接需求表。"),
            "named": ("对接需求：{want}。",
                      "如有{want}有意洽谈，可经本处转达。",
                      "{who}问：能否安排与{want}见面？",
                      "{it}此次最希望见到的，是{want}。"),
            "plan": ("{it}介绍了下一步安排：{plan}",
                     "合作背景：{plan}",
                     "据{who}介绍，{plan}"),
            "mid": ("企业已在本处登记。", "该企业此前参加过本处组织的对接活动。", "企业联系人可安排视频会谈。"),
            "head": ("{office}｜企业简介", "经贸对接企业信息（第{k}期）", "企业简介（供对接会参考）"),
            "tail": ("以上信息由企业提供，本处未作核实。", "企业联系方式请向本处索取。", "!{office}　{year2}年{month_zh}月"),
        },
        "en": {
            "offer": ("{name} is a {noun} based in {place} ({detail}).",
                      "Company overview: {name}, a {noun} established in {year}; {detail}.",
                      "Our office met with {name} this month. The firm is a {noun} in {place}: {detail}.",
                      "{name}, a {noun} ({detail}), has registered for the matchmaking program.",
                      "According to materials provided by the firm, {name} is a {noun}; {detail}. Revenue grew {pct}% last year.",
                      "{name} ({noun}, {place}) has been in business for {age} years; {detail}."),
            "cue": ("The firm is looking for {want} and has asked this office for introductions.",
                    "{who}, {title}, told our staff that {it} seeks {want}.",
                    "{It} hopes to find {want} during the program."),
            "named": ("Partner profile requested: {want}.",
                      "Should {want} wish to meet, this office can arrange a call.",
                      "{who} asked whether we could set up meetings with {want}.",
                      "{Its} primary interest: {want}."),
            "plan": ("Business plans shared with this office: {plan}",
                     "{who} shared what is next for {it}. {plan}",
                     "Background on {it}: {plan}"),
            "mid": ("The firm is registered with this office.", "It took part in an earlier matchmaking event.",
                    "The contact person is available for video calls."),
            "head": ("{office} — Company Brief", "COMPANY BRIEF (for matchmaking)", "Participant brief · {month} {year2}"),
            "tail": ("Information provided by the company; not verified by this office.", "This brief does not constitute an endorsement.", "!{office}"),
        },
    },
    "aeo": {  # a customs trusted-trader (AEO / CTPAT) certificate or validation summary
        "zh": {
            "offer": ("认证企业：{name}；企业类型：{noun}，{detail}。",
                      "{name}系{place}的一家{noun}，{detail}，于{year2}年通过认证。",
                      "经现场验证，{name}内部控制和贸易安全均符合标准。该企业为{noun}，{detail}。",
                      "{name}成立于{year}年，是一家{noun}，{detail}。",
                      "验证组对{name}进行了实地核查：{noun}，位于{place}，{detail}。",
                      "{name}（{noun}，{detail}）申请认证复核，结论为通过。"),
            "cue": ("企业说明，{it}正在寻找{want}，新合作方将按商业伙伴安全要求评估。",
                    "据{who}介绍，公司正在物色{want}。",
                    "{it}寻求与{want}合作，相关供应链安全安排已提前报备。"),
            "named": ("商业伙伴情况：现有合作方均已评估；{want}尚待确定。",
                      "如与{want}建立合作，{it}须在30日内更新商业伙伴清单。",
                      "验证组询问拟新增的合作方，{who}答：“{want}，正在谈。”",
                      "拟新增商业伙伴：{want}。"),
            "plan": ("{it}在说明材料中提到：{plan}",
                     "供应链变化说明：{plan}",
                     "{who}表示，{plan}"),
            "mid": ("近三年无走私违规记录。", "单证管理、信息系统和场所安全均达标。", "进出口记录完整，抽查单证{k}份无差错。"),
            "head": ("{scheme}认证信息摘要", "验证报告（摘要）", "认证编号：{certno}"),
            "tail": ("认证有效期内，海关将按规定实施复核。", "本摘要不作为通关凭证。", "!（验证组）"),
        },
        "en": {
            "offer": ("Certified party: {name}, a {noun} ({detail}).",
                      "{name} is a {noun} in {place}; {detail}. Validated under {scheme} in {year2}.",
                      "The validation team visited {name} in {place}. The company is a {noun}: {detail}.",
                      "{name}, founded in {year}, is a {noun} ({detail}).",
                      "Entity profile: {name}; {noun}; {detail}.",
                      "{name} ({noun}, {place}) completed revalidation; {detail}."),
            "cue": ("The company is looking for {want}; new business partners will be screened under the program's security criteria.",
                    "{who}, {title}, stated that {it} seeks {want}.",
                    "{It} hopes to find {want} and has briefed the validation team on partner screening."),
            "named": ("Business partners: current partners screened; {want} not yet identified.",
                      "If {it} adds {want}, the partner list must be updated within 30 days.",
                      "Asked about planned new partners, {who} answered: “{want_cap}.”",
                      "Planned new business partner: {want}."),
            "plan": ("Supply chain changes disclosed by {it}: {plan}",
                     "From {its} security profile. {plan}",
                     "{who} outlined upcoming changes. {plan}"),
            "mid": ("No customs violations in the past three years.", "Records, IT and premises security all meet the criteria.",
                    "Sampled entries: {k}, no discrepancies."),
            "head": ("{scheme} VALIDATION SUMMARY", "Trusted Trader Program — Certificate Summary", "Account {certno} · Validation report (extract)"),
            "tail": ("Status: certified. Next revalidation within four years.", "This summary is not a customs clearance document.", "!Supply chain security specialist: {staff}"),
        },
    },
    "creditreport": {  # a credit-reference agency's one-paragraph report
        "zh": {
            "offer": ("{name}成立于{year}年，注册地{place}，系{noun}，{detail}。",
                      "经营概况：{name}为{noun}，{detail}，近三年营业收入年均增长{pct}%。",
                      "{name}（{noun}）{detail}，经营年限{age}年。",
                      "被查询企业{name}位于{place}，属{noun}，{detail}。",
                      "据公开信息及访谈，{name}是一家{noun}，{detail}。",
                      "{name}：{noun}，{detail}。"),
            "cue": ("据管理层访谈，{it}目前正在寻找{want}。",
                    "{who}在访谈中表示，公司正寻求与{want}合作。",
                    "{it}正在物色{want}，相关合作尚未签约。"),
            "named": ("管理层提及的下一步合作对象：{want}。",
                      "如与{want}的合作落地，预计明年营收将明显增长。",
                      "访谈中问及下一步，{who}称：“重点是{want}。”",
                      "{want}，是{it}近期对外洽谈的重点。"),
            "plan": ("{it}管理层介绍的经营计划：{plan}",
                     "发展规划：{plan}",
                     "据{who}介绍，{plan}"),
            "mid": ("付款记录良好，未见逾期。", "未发现涉诉及行政处罚记录。", "注册资本{k}00万元，实缴到位。"),
            "head": ("企业信用报告（摘要）", "报告编号：CR{year2}{k}{d}{m}", "信用等级：{grade}"),
            "tail": ("综合评价：经营稳定，建议按正常账期往来。", "本报告仅供委托方参考，不得转载。", "!（信用报告中心）"),
        },
        "en": {
            "offer": ("{name} was founded in {year} and operates as a {noun} in {place}; {detail}.",
                      "Operations: {name} is a {noun}; {detail}. Sales up {pct}% year on year.",
                      "The subject, {name}, is a {noun} ({detail}). Years in business: {age}.",
                      "{name} ({noun}, {place}) pays its suppliers within terms; {detail}.",
                      "Per public records and a management interview, {name} is a {noun}: {detail}.",
                      "{name}: {noun}; {detail}."),
            "cue": ("Management stated that {it} is looking for {want}.",
                    "In the interview, {who}, {title}, said {it} seeks {want}.",
                    "{It} is trying to find {want}; no agreement has been signed."),
            "named": ("Expansion noted by management: {want}.",
                      "Should a deal with {want} close, sales are expected to rise sharply next year.",
                      "Asked what comes next, {who} replied: “{want_cap}. That's the priority.”",
                      "Pending: {its} talks with {want}."),
            "plan": ("Outlook per {its} management: {plan}",
                     "Business plan (as reported): {plan}",
                     "{who} described next year's plan. {plan}"),
            "mid": ("Payment record: prompt.", "No suits, liens or judgments on file.", "Employees: {k}0 at this location."),
            "head": ("BUSINESS INFORMATION REPORT — SUMMARY", "Report no. BIR-{year2}-{k}{d}{m}", "Risk class: {grade}"),
            "tail": ("Credit recommendation: standard terms appropriate.", "Furnished in confidence for the subscriber's use.", "!End of summary."),
        },
    },
    "mentee": {  # an export mentoring programme's mentee profile
        "zh": {
            "offer": ("学员企业：{name}，{noun}，位于{place}，{detail}。",
                      "{person}（{title}）代表{name}入选本期计划。该公司是{noun}，{detail}。",
                      "{name}成立于{year}年，是一家{noun}，{detail}；由{person}负责对接导师。",
                      "本期学员{person}来自{name}，这家{noun}{detail}。",
                      "{name}是{place}的一家{noun}，{detail}，去年营收增长{pct}%。",
                      "导师首次访谈记录：{name}为{noun}，{detail}。"),
            "cue": ("{who}希望在导师帮助下寻找{want}。",
                    "{it}目前在物色{want}，导师建议先把报价和样品准备好。",
                    "辅导目标：帮助{it}寻求与{want}的合作。"),
            "named": ("导师评估：{it}最缺的是{want}。",
                      "{who}的问题很直接：怎样才能接触到{want}？",
                      "若结业前能与{want}建立联系，本期辅导即算达标。",
                      "本期辅导重点：{want}。"),
            "plan": ("导师记录的下一步：{plan}",
                     "{who}在访谈中介绍了{it}的打算：{plan}",
                     "辅导背景：{plan}"),
            "mid": ("{person}是第一次参加此类辅导。", "企业此前没有系统做过海外市场。", "首次面谈约一个半小时。"),
            "head": ("跨境贸易导师计划｜学员企业档案", "第{k}期学员档案", "导师配对表（节选）"),
            "tail": ("配对导师：{staff}（外贸企业退休高管）", "辅导周期六个月，每月面谈一次。", "!（项目办整理）"),
        },
        "en": {
            "offer": ("Mentee: {person}, {title} of {name}, a {noun} in {place} ({detail}).",
                      "{name} is a {noun} founded in {year}; {detail}. {person} joins this cohort on its behalf.",
                      "{person} comes to the program from {name}, a {noun}: {detail}.",
                      "Business snapshot: {name}, {noun}, {place}; {detail}.",
                      "{name} ({noun}; {detail}) grew {pct}% last year and is one of {k} companies in this cohort.",
                      "Notes from the intake session: {name} is a {noun} ({detail})."),
            "cue": ("{who} wants the mentor's help to find {want}.",
                    "Mentoring goal: help {it} seek {want}.",
                    "{It} is looking for {want}; the mentor suggested a price sheet first."),
            "named": ("Mentor's assessment: the missing piece is {want}.",
                      "{whos} question for the mentor: how does a firm like this get in front of {want}?",
                      "If {it} makes contact with {want} before the cohort ends, the engagement counts as a success.",
                      "Focus of the engagement: {want}."),
            "plan": ("Next steps agreed with the mentor: {plan}",
                     "{who} outlined the plan for {it} at intake. {plan}",
                     "Engagement background: {plan}"),
            "mid": ("This is the firm's first mentoring engagement.", "The intake session ran about ninety minutes.",
                    "Export sales so far: a few trial orders."),
            "head": ("TRADE MENTORING PROGRAM — Mentee Profile", "Cohort {k} · Mentee profile", "Mentor match sheet (extract)"),
            "tail": ("Mentor: {staff}, retired import-export executive.", "Sessions are monthly for six months.", "!Prepared by program staff."),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("锦", "鸿", "泰", "和", "宏", "晟", "源", "达", "康", "俊", "汇", "美", "欣", "振", "彩", "祥")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料科技有限公司", "原料有限公司"),
             "M": ("制造有限公司", "制品厂", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("连锁管理有限公司", "服务有限公司", "运营管理有限公司")}  # fmt: skip
PINYIN = ("Jinhong", "Taihe", "Hongsheng", "Yuanda", "Kangjun", "Huimei", "Xinzhen", "Caixiang", "Shengtai", "Dakang")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Materials Technology"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Chain Management", " Services")}  # fmt: skip
EN_WORDS = ("Aldridge", "Birchwood", "Copperfield", "Dovetail", "Elmstead", "Fairhaven", "Glenmoor", "Harrow",
            "Inglewood", "Kettering", "Lanford", "Millbrook", "Northgate", "Oakhurst", "Prescott", "Redfern",
            "Stanhope", "Wexford")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Fabrication", "Works"),
             "D": ("Distributing", "Wholesale", "Imports"),
             "E": ("Retail Group", "Stores", "Studios")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("李卫东", "李卫东", "李卫东"), ("王静", "王静", "王静"), ("张建华", "张建华", "张建华"),
                   ("刘芳", "刘芳", "刘芳"), ("杨帆", "杨帆", "杨帆"), ("黄志强", "黄志强", "黄志强")),
    ("CN", "en"): (("Li Weidong", "Li Weidong", "Li"), ("Wang Jing", "Wang Jing", "Wang"), ("Zhang Jianhua", "Zhang Jianhua", "Zhang"),
                   ("Liu Fang", "Liu Fang", "Liu"), ("Yang Fan", "Yang Fan", "Yang")),
    ("US", "en"): (("Karen Whitfield", "Karen", "Whitfield"), ("Luis Ortega", "Luis", "Ortega"), ("Hannah Brooks", "Hannah", "Brooks"),
                   ("Derek Nguyen", "Derek", "Nguyen"), ("Priya Raman", "Priya", "Raman"), ("Tom Gallagher", "Tom", "Gallagher"),
                   ("Ellen Markowitz", "Ellen", "Markowitz"), ("Samuel Reyes", "Samuel", "Reyes")),
    ("US", "zh"): (("Karen Whitfield", "Karen Whitfield", "Karen Whitfield"), ("Luis Ortega", "Luis Ortega", "Luis Ortega"),
                   ("Tom Gallagher", "Tom Gallagher", "Tom Gallagher")),
}  # fmt: skip
CASUAL = {"mentee"}  # ways of writing calling a person by the casual short form
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "供应链总监", "采购经理"), "down": ("海外业务总监", "国际市场总监", "外贸经理"),
           "any": ("总经理", "副总经理", "董事长")},
    "en": {"up": ("director of sourcing", "head of procurement", "purchasing manager"),
           "down": ("director of international sales", "head of export", "vice president of sales"),
           "any": ("general manager", "chief operating officer", "owner")},
}  # fmt: skip
STAFF = {
    "zh": ("赵敏", "孙立新", "钱晓梅", "周博"),
    "en": ("R. Albrecht", "S. Moreno", "K. Adeyemi", "T. Hollis"),
}
OFFICE = {
    "zh": ("中国驻纽约总领馆经济商务处", "中国驻芝加哥总领馆经济商务处", "中国驻美国使馆经济商务处"),
    "en": ("U.S. Commercial Service, Guangzhou", "Commercial Section, U.S. Consulate General Shanghai",
           "U.S. Commercial Service, Beijing"),
}  # fmt: skip
SCHEME = {  # the trusted-trader programme: China's AEO for a CN firm, CTPAT for a US one
    ("CN", "zh"): "高级认证企业（AEO）", ("CN", "en"): "China Customs AEO",
    ("US", "zh"): "CTPAT（海关—商贸反恐伙伴计划）", ("US", "en"): "CTPAT",
}  # fmt: skip
SCHEME_INS = {  # the line of insurance
    "zh": ("综合责任险", "产品责任险", "财产一切险"),
    "en": ("Product Liability", "General Liability", "Commercial Package"),
}
GRADE = {"zh": ("AAA", "AA", "A", "BBB"), "en": ("1", "2", "3")}
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
        "scheme": SCHEME[side, lang], "scheme_ins": rng.choice(SCHEME_INS[lang]),
        "certno": f"AEOCN{rng.randrange(10**9, 10**10)}" if side == "CN" else f"{rng.randrange(10**6, 10**7)}",
        "grade": rng.choice(GRADE[lang]),
        "mat_own": CHAINS[chain]["material"][li][pick] if stage == "R" else "",  # type: ignore[index]
    }  # fmt: skip
    if lang == "zh" and name.startswith(place):  # the place leads the name already
        offer_t = (
            offer_t.replace("{place}的一家", "一家")
            .replace("位于{place}，", "")
            .replace("，位于{place}", "")
        )
        offer_t = offer_t.replace("注册地{place}，", "").replace("{name}位于{place}，", "{name}")
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
    lined = rng.random() < (0.6 if genre in ("aeo", "creditreport") else 0.3)
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
