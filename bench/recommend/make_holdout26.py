# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the twenty-sixth held-out ROLE set: ``roles_holdout26.json`` / ``roles_holdout26_gold.json``.

    python bench/recommend/make_holdout26.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no fitting, study, evaluation, comparison,
speed or miss script, no corpus generator or corpus file, no role set, no profile, validation or
gold file. Only ``make_holdout25.py`` was read in full (for the file format, the construction and
the style); everything here (chains, templates, kinds of document, names) was written anew. To
keep the chains new, the candidates' key words (English and Chinese: the product, its role nouns,
its materials, its places) were searched with ``grep -il`` over ``make_*.py``, ``roles_*.json``,
``profiles.json`` and ``validation.json``, printing only the names of matching files, never
their text. The id prefixes ``lcn`` / ``lus`` were chosen the same way: ``ecn``/``eus`` are
make_holdout25's, and ``fcn``, ``gcn``, ``hcn``, ``jcn``, ``kcn``, ``pcn``, ``qcn``, ``tcn``,
``vcn``, ``wcn``, ``xcn``, ``ycn``, ``zcn`` (with their ``…us``) matched earlier role files.

Candidates dropped for a match of the product or of a noun specific to it: bagpipes ("bagpipe"
and "风笛" were clean, but the word contains "pipe", an earlier chain, and its reeds matched:
"reed" / "簧片"; its band, "乐团", too), sundials ("bronze", make_corpus7, make_holdout21;
"slate" / "板岩", make_holdout11/18 and others; their buyers "planetarium" / "astronomy" /
"天文", make_holdout24; "campus", many), beekeeping smokers ("养蜂", "beekeep", make_holdout7; their
bellows, "风箱", and beeswax, "蜂蜡", are make_holdout25's), bookbinding presses ("binding", dropped by make_holdout25 already),
stained glass (its head noun "glass", make_holdout25; its lead came, "铅"), yo-yos (every part
matched: "bearing", an earlier chain; "string", make_holdout24/25 and others; "aluminum" /
"铝合金", many; response "pad", make_holdout25 and others; "pellet" / "粒料"; "axle",
make_holdout20), harps ("harp", make_holdout23/24/25), harmonicas ("harmonica" / "口琴",
make_holdout23), looms ("loom", make_corpus2/9, make_holdout20). Role, material and detail words
that matched were replaced, not used: balloon "envelope" (make_corpus4), "basket" (make_holdout10/
23), propane "丙烷" (make_corpus4), "festival" (make_holdout11/23), "lodge" (make_holdout18); sauna
"heater" / "heating element" / "电热管" / "发热管", "flue", stove "door" (doorbell), "hotel" /
"酒店", " inn" / "旅馆", resort "度假", "钣金", "weld"; taxidermy "tanning" / "鞣", "museum",
"自然", "moss", "paste", "eye" (eyewear), "polyurethane", "clay", "hunting"; ship models "brass" /
"黄铜", "rigging", "maritime", "kit" / "套件", "walnut" / "胡桃木", "linen", "帆布", "缆绳", " mast",
" spar", "hobby", "berth", "mooring" / "系泊", "modeler"; fencing "blade" (sawblade, windblade),
"马氏体", "aramid" / "芳纶", "foil", "grip", "guard", " cord", "mesh", "academy", "forge" / "forged";
gongs "bell", "mallet", "hammer", "percussion", "troupe", "Cantonese"; globes "球坯", "球体",
"吹塑", "meridian", "教具", "school supply", "school district" / "学区", "教育集团", "国际学校",
"bilingual", "研学", "cruise" / "邮轮", "airline", "homeschool"; puppets "blank", "carv",
"costume" / "戏服", "幼儿园", "早教", "thread", "woodworker"; armor "ring", "rivet", "harness",
"马匹"; weathervanes "copper", " rod", "pivot", "spindle", "装饰品", "church", "roofing". Generic
form words that match everywhere (maker, mill, sheet, plate, strip, fabric, base, link, club,
studio, importer, wholesaler) were kept only inside a full phrase that is itself clean. Places
were taken from the clean ones (荆门, 绥芬河, 锡林浩特, 蓬莱, 衢州, 孝感, 邵阳, 合阳, 龙泉, 黄岩 and the
like, English spellings checked too). Every role noun, material, product and sector of the chains
below was finally grepped the same way (the full phrase, English and Chinese), none matching.
Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains, none in any earlier set: hot-air balloons, sauna stoves, taxidermy forms and
  supplies, ship models, fencing equipment and gongs (from the list given, or invented, and
  checked), then globes, marionettes and puppets, reenactment armor and weathervanes (invented,
  checked the same way). Stages: R raw material or key component, M maker, D distributor /
  importer / agent, E end buyer or user. Each company is at one stage and seeks an adjacent one
  (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D).
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``lcn001``… and ``lus001``…
  shuffled within each side. A CN and a US company are gold partners when they are in the same
  chain and each one's stage is what the other seeks. Every CN company has a gold US partner;
  beside it the US side holds a competitor (same stage, same want), a company offering what it
  seeks but seeking something else, and one wanting its product but offering nothing it seeks
  (where the stages allow one), then the rest of the chain at random.
* CN companies write mainland business Chinese (five of them English, one per kind of
  document); US companies all write English. Free text only: no stage or role codes.
* Five kinds of document, none used by make_holdout25 (its e-mails, KYC notes, interview
  transcripts, database entries and forum posts), each in both languages, spread evenly over
  each side: a trade-mission application essay (参团申请书: statement of purpose, applicant line,
  attachments), a LinkedIn-style "About" section of a company page (简介 / 关于我们, with industry,
  size, followers, headquarters lines), a reply to a procurement request for information (RFI
  回复, numbered sections and Q/A items: 问1 / 答, Q1. / A:), an annual-report excerpt (management
  discussion, letter to shareholders, outlook, risk factors, amounts footers; never written by an
  end buyer), and a job posting for a business-development or sourcing role (岗位职责, 任职要求,
  "Your first project"). Per kind and language: six offer templates and three to four of each
  kind of want.
* Three kinds of want, evenly over each side and each kind of document (CN 14/13/13, US
  24/23/23): with an explicit verb of seeking ("looking for", "seeking", "find", "寻求", "寻找",
  "物色", "希望结识"); naming the partner without one (a risk factor, a priority list, a job's
  duties, "开放合作｜…", "对接会上最想见到的，是…"); or only implied by a plan that names no role of
  the partner (a catalog line to be made in the other country, stock to be placed with the
  people who use the product there, a material's purchasing moving abroad, "不设仓库、也不开店").
  The generator checks that cue words occur in exactly the first kind and that plans name no
  noun, specific or generic, of the stage sought.
* Hard cases, each in several documents: customers already served named in the offer (of a
  stage other than the one sought), negated wants ("不找…", "…就不必联系了", "We are not looking
  for …"), role words in company names that differ from the company's stage, wants that name
  only a generic role and the country, and a maker's want named by its input material.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270412
NAME = "roles_holdout26"
PREFIX = {"CN": "lcn", "US": "lus"}

# Chain keys of the earlier sets (make_holdout25.py's list with its own ten chains and its dropped
# candidates) and the candidates dropped here; none of them may be used.
_EARLIER = (
    "airfilter am animation bamboo bed billiards boba bottle bowling bpmonitor brake cable candle "
    "carpet cart carton carwash casket chair charging clipper cnc coffee coldchain cone conveyor "
    "cookware cosmetics crucible cup dairy deicer desal desk diaper dinnerware drillbit drone dryer "
    "dumpling ebike ebus egg electrolyser elevator excavator extinguisher eyewear fastener faucet "
    "fertilizer firework forklift fries furniture garlic garment generics glove golf greenhouse "
    "grindwheel guitar heatpump helmet honey hose hottub imaging insulator ivd kayak keg knife ladder "
    "lanyard laundry led lithium locker luggage mattress medal meddev mold motor mower mushroom "
    "netpen nuts oven padlock paint pallet peach pencil petfood piano pickle pickleball pillow pipe "
    "powerchip printing pv railcar robot saddle sausage sawblade scaffold scrubs seafood seating "
    "sewing socks solarheater soy spice storage syringe tackle tea tent tile toothbrush towel toy "
    "trampoline transformer treadmill truckscale turf turnout tyre umbrella valve vending "
    "wallcovering wastecart wastewater watermeter wheelchair wig wind window wine wrench xmastree "
    "zipper oliveoil berry ricenoodle tuna cocoa sugar ginseng beer juice flour bearing compressor "
    "weldwire hydcyl pump boiler gearbox visioncam crusher hoist backpack yogamat vase stroller "
    "hairdryer perfume boardgame phonecase scooter wallet h2tank dialyzer epoxy inverter implant "
    "intumescent sandwichpanel reagent heatexchanger drywall vinegar icecream lubricant spring tape "
    "footwear bicycle hearingaid aligner amenity frozenveg vitamin dentalunit magnet film jewelry "
    "watch countertop roofing localization bambooflooring wallpaper hotpot babybottle "
    "chopstick massagechair tennisracket nailpolish catlitter marinerope archery fountainpen "
    "sparkplug crayon mooncake tofu poolchlorine acoustictile windblade dentalfloss horsefeed "
    "skigoggle birdfeeder hammock airfryer karaokeset kitecraft snowchain mouthharp aquafilter "
    "pictureframe trekpole badmintonshuttle countingframe guitarstring bikehelmet fishingrod "
    "teapot escooter lantern hairclipper incense calligraphy violin microscope kettle ceilingfan "
    "drum dumbbell doorbell ricecooker mahjongtiles ukulelekit pingpong jigsawpuzzle dartboardset "
    "startelescope iceskate foldfan choppingboard pressurewasher pianotuning solarlight dogleash "
    "woodentoy castiron hikingboot sunglasses hotsauce musicbox skateboard surfboard flyingdisc "
    "handwarmer curling soap bonsaitray chessset waxwrap climbhold snowpaw bellowsbox heavybag "
    "croquetset kscope marimbawood "
    "bagpipe beesmoker bookpress stainedglass yoyo sundial harp"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en; English plural) and what its end users do
# with it (zh, en; a relative-clause verb phrase), both for the wants only implied by a plan; per
# stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th noun;
# the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys
# are words no description can contain.
# ---------------------------------------------------------------------------------------------
CHAINS: dict[str, dict[str, object]] = {
    "aerostat": {
        "sector": ("热气球运动", "ballooning"),
        "product": ("热气球", "hot-air balloons"),
        "use": ("每天清晨带游客升空", "take passengers up every morning"),
        "R": (("球囊面料厂", "热气球燃烧器厂", "藤编吊篮工坊"),
              ("balloon fabric mill", "balloon burner maker", "wicker gondola workshop"),
              ("球囊面料年产90万米，克重60到70克", "燃烧器年产1500套，单联到四联都有", "吊篮年产600只，载客2到16人"),
              ("900,000 m of balloon fabric a year at 60 to 70 g/m²", "1,500 burner sets a year, single to quad", "600 wicker gondolas a year for 2 to 16 passengers")),
        "M": (("载人热气球制造商", "热气球工厂", "系留热气球制造商"),
              ("passenger balloon builder", "hot-air balloon factory", "tethered balloon maker"),
              ("年产载人热气球120具，容积2000到1万立方米", "总装工人180人，适航证照齐全", "系留热气球年产40具，可做广告涂装"),
              ("120 passenger balloons a year, 2,000 to 10,000 m³ in volume", "180 people on the assembly floor and full airworthiness approvals", "40 tethered balloons a year with custom advertising artwork")),
        "D": (("热气球进口商", "热气球经销商", "热气球品牌代理商"),
              ("hot-air balloon importer", "balloon dealer", "balloon brand agent"),
              ("常备备件800种", "年销售热气球35具", "独家代理3个热气球品牌"),
              ("800 spare-part lines on the shelf", "35 balloons sold a year", "sole agent for three balloon brands")),
        "E": (("热气球观光公司", "热气球节组委会", "热气球飞行俱乐部"),
              ("balloon ride operator", "balloon fiesta committee", "balloon flying club"),
              ("机队14具，年载客1.8万人次", "每届参飞球队300支", "会员飞行员260人"),
              ("a fleet of 14 balloons flying 18,000 passengers a year", "300 crews at each fiesta", "260 member pilots")),
        "material": (("球囊面料", "热气球燃烧器", "藤编吊篮"), ("balloon fabric", "balloon burners", "wicker gondolas")),
        "places": (("荆门", "廊坊", "滁州"), ("Jingmen", "Langfang", "Chuzhou")),
    },
    "loyly": {
        "sector": ("桑拿", "sauna"),
        "product": ("桑拿炉", "sauna stoves"),
        "use": ("天天烧炉迎客", "fire up a sauna for guests every day"),
        "R": (("橄榄岩矿", "炉膛钢板厂", "桑拿炉烟囱厂"),
              ("peridotite quarry", "firebox plate mill", "sauna chimney maker"),
              ("年供桑拿石1.2万吨", "炉膛钢板年产4万吨，厚3到8毫米", "烟囱年产20万节"),
              ("12,000 t of sauna stones a year", "40,000 t of firebox plate a year, 3 to 8 mm", "200,000 chimney sections a year")),
        "M": (("桑拿炉厂", "柴火桑拿炉工坊", "桑拿炉OEM工厂"),
              ("sauna stove factory", "wood-fired sauna stove workshop", "sauna stove OEM"),
              ("年产桑拿炉9万台，电炉柴炉都有", "炉体师傅70人，逐台手工成形", "可做贴牌，起订量30台"),
              ("90,000 stoves a year, electric and wood-fired", "70 craftsmen shaping each firebox by hand", "private label from 30 units")),
        "D": (("桑拿设备进口商", "桑拿炉批发商", "桑拿品牌代理商"),
              ("sauna equipment importer", "sauna stove wholesaler", "sauna brand distributor"),
              ("合作安装商400家", "常备炉型180种", "年出货桑拿炉1.1万台"),
              ("400 installer accounts", "180 stove models in stock", "11,000 stoves shipped a year")),
        "E": (("桑拿会所", "洗浴中心连锁", "冬泳俱乐部"),
              ("sauna club", "bathhouse chain", "winter swimming club"),
              ("会员5200人", "门店41家", "会员1800人，整个冬天每日开放"),
              ("5,200 members", "41 bathhouses", "1,800 members, open daily all winter")),
        "material": (("桑拿石", "炉膛钢板", "桑拿炉烟囱"), ("sauna stones", "firebox plate", "sauna chimneys")),
        "places": (("绥芬河", "漠河", "本溪"), ("Suifenhe", "Mohe", "Benxi")),
    },
    "mountform": {
        "sector": ("标本制作", "taxidermy"),
        "product": ("标本假体", "taxidermy forms"),
        "use": ("靠做标本吃饭", "mount specimens for a living"),
        "R": (("木丝厂", "标本底座厂", "耳衬厂"),
              ("excelsior mill", "display base maker", "ear liner maker"),
              ("木丝年产3000吨", "底座年产60万块，款式300种", "耳衬年产500万对，物种400种"),
              ("3,000 t of excelsior a year", "600,000 display bases a year in 300 styles", "5 million pairs of ear liners a year for 400 species")),
        "M": (("标本假体厂", "动物标本假体制造商", "标本假体OEM工厂"),
              ("taxidermy form maker", "taxidermy mannequin maker", "taxidermy form OEM"),
              ("年产标本假体45万件，物种1100种", "雕塑师35人", "可按订单开发新姿态，起订量50件"),
              ("450,000 forms a year across 1,100 species", "35 staff sculptors", "new poses developed to order, 50-piece minimum")),
        "D": (("标本用品批发商", "标本用品进口商", "标本用品代理商"),
              ("taxidermy supply wholesaler", "taxidermy supply importer", "taxidermy supply distributor"),
              ("客户工作室1300家", "目录商品6000种", "年出货假体9万件"),
              ("1,300 studio accounts", "a 6,000-item catalog", "90,000 forms shipped a year")),
        "E": (("标本工作室", "动物标本馆", "大学生物系"),
              ("taxidermy studio", "natural history collection", "university biology department"),
              ("年制作标本900件", "馆藏标本4.2万件", "教学标本室3间"),
              ("900 mounts a year", "42,000 specimens on file", "three teaching collections")),
        "material": (("木丝", "标本底座", "耳衬"), ("excelsior", "display bases", "ear liners")),
        "places": (("锡林浩特", "银川", "吉首"), ("Xilinhot", "Yinchuan", "Jishou")),
    },
    "hullcraft": {
        "sector": ("船模", "ship models"),
        "product": ("船模", "ship models"),
        "use": ("在会所和展厅里陈列船模", "display model ships in clubhouses and halls"),
        "R": (("椴木条厂", "船帆面料厂", "蚀刻片厂"),
              ("basswood strip mill", "sailcloth weaver", "photo-etched parts maker"),
              ("椴木条年产2000万根", "船帆面料年产40万米", "蚀刻片年产300万张"),
              ("20 million basswood strips a year", "400,000 m of sailcloth a year", "3 million photo-etched frets a year")),
        "M": (("船模厂", "帆船模型工坊", "船模OEM工厂"),
              ("ship model maker", "sailing ship model workshop", "ship model OEM"),
              ("年产船模22万艘，比例1:50到1:200", "师傅85人，甲板配件全部手工", "可做定制船型，起订量100艘"),
              ("220,000 models a year at 1:50 to 1:200", "85 model builders, every deck fitting done by hand", "custom hulls, 100-unit minimum")),
        "D": (("船模进口商", "模型批发商", "船模代理商"),
              ("ship model importer", "scale model wholesaler", "ship model distributor"),
              ("客户模型店700家", "目录船型450种", "年出货船模5万艘"),
              ("700 model shop accounts", "450 vessels in the catalog", "50,000 models shipped a year")),
        "E": (("船模协会", "游艇俱乐部", "航海学校"),
              ("ship model guild", "yacht club", "nautical school"),
              ("会员1500人", "会员船只600艘", "在校学员2000人"),
              ("1,500 members", "600 member boats", "2,000 cadets")),
        "material": (("椴木条", "船帆面料", "蚀刻片"), ("basswood strips", "sailcloth", "photo-etched parts")),
        "places": (("蓬莱", "连云港", "防城港"), ("Penglai", "Lianyungang", "Fangchenggang")),
    },
    "piste": {
        "sector": ("击剑", "fencing"),
        "product": ("击剑器材", "fencing equipment"),
        "use": ("每天上剑道训练", "train on the strip every day"),
        "R": (("剑条钢厂", "金属衣面料厂", "剑柄配件厂"),
              ("épée steel mill", "lamé fabric mill", "pommel maker"),
              ("剑条钢年产900吨", "金属衣面料年产15万米", "剑柄配件年产300万件"),
              ("900 t of épée steel a year", "150,000 m of lamé a year", "3 million pommels a year")),
        "M": (("击剑器材厂", "击剑服工厂", "击剑器材OEM工厂"),
              ("fencing equipment maker", "fencing uniform factory", "fencing equipment OEM"),
              ("年产花剑、重剑、佩剑共60万把", "击剑服年产30万套，抗穿刺800牛", "可做贴牌，起订量100把"),
              ("600,000 épées, sabres and practice weapons a year", "300,000 uniforms a year rated to 800 N", "private label, 100-piece minimum")),
        "D": (("击剑器材进口商", "击剑用品批发商", "击剑品牌代理商"),
              ("fencing equipment importer", "fencing supply wholesaler", "fencing brand distributor"),
              ("客户俱乐部350家", "常备货品2400种", "年出货器材8万件"),
              ("350 club accounts", "2,400 items on the shelf", "80,000 pieces shipped a year")),
        "E": (("击剑俱乐部", "击剑馆连锁", "大学击剑队"),
              ("fencing club", "fencing school chain", "college fencing team"),
              ("会员900人", "场馆22家，剑道140条", "队员36人"),
              ("900 members", "22 schools with 140 strips", "36 fencers")),
        "material": (("剑条钢", "金属衣面料", "剑柄配件"), ("épée steel", "lamé fabric", "pommels")),
        "places": (("衢州", "邯郸", "九江"), ("Quzhou", "Handan", "Jiujiang")),
    },
    "tamtam": {
        "sector": ("铜锣", "gongs"),
        "product": ("铜锣", "gongs"),
        "use": ("在演出和课堂上敲锣", "play gongs in shows and classes"),
        "R": (("响铜板厂", "锣槌厂", "锣架厂"),
              ("gong alloy sheet mill", "gong beater maker", "gong stand maker"),
              ("响铜板年产2000吨", "锣槌年产40万支", "锣架年产8万个"),
              ("2,000 t of gong alloy sheet a year", "400,000 beaters a year", "80,000 gong stands a year")),
        "M": (("铜锣厂", "手工锣坊", "铜锣OEM工厂"),
              ("gong maker", "handmade gong workshop", "gong OEM"),
              ("年产铜锣8万面，直径15到150厘米", "锻锣师傅40人", "可定制音高，起订量20面"),
              ("80,000 gongs a year, 15 to 150 cm across", "40 master gongsmiths", "custom pitches, 20-piece minimum")),
        "D": (("铜锣进口商", "声疗器具批发商", "铜锣代理商"),
              ("gong importer", "sound healing supply wholesaler", "gong distributor"),
              ("客户门店520家", "常备货品1100种", "年出货铜锣1.6万面"),
              ("520 store accounts", "1,100 items in stock", "16,000 gongs shipped a year")),
        "E": (("声音疗愈工作室", "舞狮队", "戏曲剧团"),
              ("sound bath studio", "lion dance team", "Chinese opera company"),
              ("每周课程60节", "队员48人，年演出200场", "演员80人"),
              ("60 sessions a week", "48 performers and 200 shows a year", "80 performers on the roster")),
        "material": (("响铜板", "锣槌", "锣架"), ("gong alloy sheet", "gong beaters", "gong stands")),
        "places": (("孝感", "黄石", "梅州"), ("Xiaogan", "Huangshi", "Meizhou")),
    },
    "terrestrial": {
        "sector": ("地球仪", "globes"),
        "product": ("地球仪", "globes"),
        "use": ("拿地球仪上课、办活动", "teach and run programs with globes"),
        "R": (("地图贴面印刷厂", "地球仪空心球厂", "地球仪支架厂"),
              ("map gore printer", "globe sphere molder", "globe stand maker"),
              ("贴面年印500万套", "空心球年产300万个", "支架年产200万个"),
              ("5 million gore sets printed a year", "3 million hollow spheres a year", "2 million stands a year")),
        "M": (("地球仪厂", "地球仪制造商", "发光地球仪OEM工厂"),
              ("globe factory", "globe maker", "illuminated globe OEM"),
              ("年产地球仪260万个，直径10到60厘米", "手工贴面工人150人", "可做定制版图，起订量300个"),
              ("2.6 million globes a year, 10 to 60 cm", "150 workers laying gores by hand", "custom cartography, 300-piece minimum")),
        "D": (("地球仪进口商", "地图地球仪批发商", "地球仪代理商"),
              ("globe importer", "map and globe wholesaler", "globe distributor"),
              ("客户门店900家", "常备款式650种", "年出货地球仪30万个"),
              ("900 store accounts", "650 models in stock", "300,000 globes shipped a year")),
        "E": (("地理学会", "地理教师协会", "展陈设计公司"),
              ("geographical society", "geography teachers association", "exhibit design firm"),
              ("会员7000人", "会员教师1.1万人", "年完成展陈项目180个"),
              ("7,000 members", "11,000 member teachers", "180 exhibits delivered a year")),
        "material": (("地图贴面", "地球仪空心球", "地球仪支架"), ("map gores", "globe spheres", "globe stands")),
        "places": (("邵阳", "开封", "铜陵"), ("Shaoyang", "Kaifeng", "Tongling")),
    },
    "marotte": {
        "sector": ("木偶", "puppetry"),
        "product": ("木偶", "puppets"),
        "use": ("用木偶给孩子演戏", "put on puppet shows for children"),
        "R": (("木偶肢体厂", "木偶头坯厂", "木偶操纵板厂"),
              ("puppet limb maker", "puppet head maker", "marionette control bar maker"),
              ("肢体件年产500万件", "头坯年产80万个", "操纵板年产60万副"),
              ("5 million limb pieces a year", "800,000 unpainted heads a year", "600,000 control bars a year")),
        "M": (("木偶工坊", "提线木偶厂", "手偶制造商"),
              ("puppet workshop", "marionette factory", "hand puppet maker"),
              ("年产木偶12万个，脸谱全部手绘", "制偶师傅60人", "手偶年产200万个"),
              ("120,000 puppets a year, every face hand-painted", "60 puppet makers on staff", "2 million hand puppets a year")),
        "D": (("木偶进口商", "木偶批发商", "木偶代理商"),
              ("puppet importer", "puppet wholesaler", "puppet distributor"),
              ("客户门店650家", "常备款式700种", "年出货木偶25万个"),
              ("650 store accounts", "700 designs in stock", "250,000 puppets shipped a year")),
        "E": (("木偶剧团", "儿童剧场", "儿童医院"),
              ("puppet theater company", "children's theater", "children's hospital"),
              ("演员30人，年演出400场", "座位600个，年演出300场", "病床900张，游戏治疗室6间"),
              ("30 puppeteers and 400 shows a year", "600 seats and 300 performances a year", "900 beds and six play therapy rooms")),
        "material": (("木偶肢体件", "木偶头坯", "木偶操纵板"), ("puppet limbs", "puppet heads", "marionette control bars")),
        "places": (("合阳", "孝义", "韶关"), ("Heyang", "Xiaoyi", "Shaoguan")),
    },
    "cuirass": {
        "sector": ("历史盔甲", "historical armor"),
        "product": ("盔甲", "armor"),
        "use": ("穿着盔甲上场表演和比武", "wear armor to perform and joust"),
        "R": (("锁子甲环件厂", "棉甲绗缝厂", "盔甲钢板厂"),
              ("chainmail link maker", "gambeson quilting mill", "armor steel mill"),
              ("环件年产8亿个", "绗缝料年产30万米", "盔甲钢板年产5000吨，厚1到2毫米"),
              ("800 million chainmail links a year", "300,000 m of gambeson quilting a year", "5,000 t of armor steel a year, 1 to 2 mm")),
        "M": (("盔甲工坊", "盔甲制造商", "盔甲OEM工厂"),
              ("reenactment armor workshop", "armor maker", "armor OEM"),
              ("年产整套盔甲1.2万副，14到17世纪款式", "铁匠师傅55人", "可按身材定制，起订量10副"),
              ("12,000 full suits a year in 14th to 17th century patterns", "55 armorers", "fitted to the wearer, 10-set minimum")),
        "D": (("盔甲进口商", "中世纪装备批发商", "盔甲代理商"),
              ("armor importer", "medieval gear wholesaler", "armor distributor"),
              ("客户门店与社团280家", "常备款式1300种", "年出货盔甲8000套"),
              ("280 shop and society accounts", "1,300 pieces in stock", "8,000 suits shipped a year")),
        "E": (("历史重演协会", "真人角色扮演社团", "中世纪比武表演团"),
              ("historical reenactment society", "LARP group", "jousting show company"),
              ("会员2600人", "玩家1100人，每年活动16场", "演员40人，年演出260场"),
              ("2,600 members", "1,100 players and 16 events a year", "40 performers and 260 shows a year")),
        "material": (("锁子甲环件", "棉甲绗缝料", "盔甲钢板"), ("chainmail links", "gambeson quilting", "armor steel")),
        "places": (("龙泉", "嵊州", "大同"), ("Longquan", "Shengzhou", "Datong")),
    },
    "windcock": {
        "sector": ("风向标", "weathervanes"),
        "product": ("风向标", "weathervanes"),
        "use": ("给新建的谷仓和凉亭装风向标", "put vanes atop new barns and gazebos"),
        "R": (("风向标顶饰厂", "风向标立杆厂", "方位字母厂"),
              ("weathervane finial maker", "weathervane mounting post maker", "compass letter maker"),
              ("顶饰年产60万个", "立杆年产50万根", "方位字母年产40万套"),
              ("600,000 finials a year", "500,000 mounting posts a year", "400,000 sets of compass letters a year")),
        "M": (("风向标工坊", "风向标制造商", "风向标OEM工厂"),
              ("weathervane workshop", "weathervane maker", "weathervane OEM"),
              ("年产风向标6万只，图案350种", "手工师傅45人", "可做定制剪影，起订量20只"),
              ("60,000 vanes a year in 350 designs", "45 metalsmiths", "custom silhouettes, 20-piece minimum")),
        "D": (("风向标进口商", "风向标批发商", "风向标经销商"),
              ("weathervane importer", "weathervane wholesaler", "weathervane dealer"),
              ("客户门店380家", "常备款式420种", "年出货风向标2.4万只"),
              ("380 store accounts", "420 designs in stock", "24,000 vanes shipped a year")),
        "E": (("谷仓建造商", "木结构建筑公司", "凉亭建造商"),
              ("barn builder", "timber frame builder", "gazebo builder"),
              ("年建谷仓140座", "年交付木结构项目90个", "年建凉亭600座"),
              ("140 barns a year", "90 timber frame projects a year", "600 gazebos a year")),
        "material": (("风向标顶饰", "风向标立杆", "方位字母"), ("weathervane finials", "mounting posts", "compass letters")),
        "places": (("黄岩", "缙云", "鹤壁"), ("Huangyan", "Jinyun", "Hebi")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]

US_PLACES = ("Vermont", "Wisconsin", "Colorado", "Tennessee", "Arizona", "Montana", "Delaware",
             "Nebraska", "Arkansas", "South Carolina", "Michigan", "Wyoming", "New Hampshire", "Kansas")  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游厂家"), "M": ("生产商", "工厂", "制造企业"),
           "D": ("经销商", "分销商", "进口商"), "E": ("终端用户", "最终买家", "使用单位")},
    "en": {"R": ("raw material supplier", "upstream vendor"), "M": ("manufacturer", "producer", "factory"),
           "D": ("distributor", "importer", "wholesale partner"), "E": ("end user", "final buyer", "direct customer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (writer's side, language).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国当地的{n}", "有实力的美国{n}", "美国市场上的{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the United States", "a {n} on the American side", "a reliable American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a {n} on the Chinese side", "a reliable Chinese {n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "来自美国的{n}", "美国货源的{n}"),
    ("CN", "en"): ("{n} made in the US", "American {n}", "{n} from a US source"),
    ("US", "en"): ("{n} made in China", "Chinese {n}", "{n} from a Chinese source"),
}  # fmt: skip
# Country words for the plans: the partner's country as seen by the writer.
COUNTRY = {
    ("CN", "zh"): ("美国", "美国"),
    ("CN", "en"): ("the US", "American"),
    ("US", "en"): ("China", "Chinese"),
}

# A maker's want named by its input material (a cue word, or none).
MATERIAL_WANT = {
    "zh": {"cue": ("我们正在寻找{want}的稳定货源。", "寻求{want}，年用量可观。", "希望能物色到{want}，先从试单做起。"),
           "named": ("{want}：用量稳定，供货方未定。", "产量上不去，卡在{want}上。", "{want}，是今年采购清单上的头一项。")},
    "en": {"cue": ("We are looking for a steady supply of {want}.", "Seeking {want}; the yearly volume is significant.", "We hope to find {want}, starting with a trial order."),
           "named": ("{want_cap}: volume is steady, supplier not yet chosen.", "What holds our output back is {want}.", "{want_cap} tops this year's purchasing list.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want). Slots: cty cty_adj product use mat mat_own.
PLANS = {
    ("R", "M"): {"zh": ("明年的目标，是让我们的{mat_own}用进{cty}生产的{product}里。",
                        "计划明年把三成{mat_own}销往{cty}，专供{product}的生产。",
                        "下一步，{mat_own}要进入{cty}{product}的生产线，这是今年立项的重点。"),
                 "en": ("Next year's goal: our {mat_own} inside {product} built in {cty}.",
                        "We plan to send a third of our {mat_own} to {cty} next year, all of it for {product} production.",
                        "The next step is getting our {mat_own} onto {product} production lines in {cty}; it is this year's main project.")},
    ("M", "R"): {"zh": ("明年起，{mat}计划改由{cty}供应，首批试单已列入预算。",
                        "为降低成本，下半年准备把{mat}的采购转到{cty}。",
                        "{mat}打算明年全部从{cty}进，先签一年试试。"),
                 "en": ("From next year we plan to source {mat} out of {cty}; a first trial order is already in the budget.",
                        "To bring costs down, {mat} purchasing moves to {cty} in the second half.",
                        "Next year we mean to get all of our {mat} from {cty}, starting with a one-year contract.")},
    ("M", "D"): {"zh": ("计划明年让{cty}各地都能买到现货{product}，但我们自己不设仓库、也不开店。",
                        "下一步是把{product}铺进{cty}的零售渠道，备货和售后都在当地完成。",
                        "明年{product}在{cty}的目标是进200家店，我们只管生产。"),
                 "en": ("The plan: {product} in stock across {cty} within a year, without a warehouse or a store of our own.",
                        "Next we put our {product} into retail across {cty}, with stock and after-sales handled on the ground there.",
                        "Target for next year: our {product} in 200 stores in {cty}, while we stick to production.")},
    ("M", "E"): {"zh": ("下一步，{product}要直接卖给{cty}那些{use}的单位，中间不加任何一道。",
                        "明年计划在{cty}签下第一批直接下单的用户，他们{use}。",
                        "我们想让{cty}{use}的人，直接从工厂拿到{product}。"),
                 "en": ("Next, we sell {product} directly to the people in {cty} who {use}, with nothing in between.",
                        "Next year we want our first direct contracts in {cty}, signed by people who {use}.",
                        "We want those in {cty} who {use} to get {product} straight from our floor.")},
    ("D", "M"): {"zh": ("明年目录里要加一条{cty}产的{product}线，价格带比现有的低两成。",
                        "计划引进{cty}制造的{product}，以我们自己的品牌销售。",
                        "下一季打算把{product}的货源换到{cty}，直接从产地拿货。"),
                 "en": ("Next year's catalog adds a {cty_adj}-made line of {product}, priced about a fifth under what we carry now.",
                        "We plan to bring in {product} made in {cty} and sell the line under our own label.",
                        "Next season we move the sourcing of our {product} to {cty}, buying at the source.")},
    ("D", "E"): {"zh": ("今年计划把手上的{product}库存，直接卖给{cty}那些{use}的客户。",
                        "下一步是在{cty}发展一批{use}的长期买家，每月固定补货。",
                        "仓库里的{product}，准备今年全部出给{cty}{use}的那一群人。"),
                 "en": ("The plan is to move the {product} we hold in stock to the people in {cty} who {use}.",
                        "Next we build a base in {cty} of people who {use}, with monthly restocking.",
                        "Our {product} inventory is meant to go, this year, to those in {cty} who {use}.")},
    ("E", "M"): {"zh": ("下个季度打算在{cty}按我们自己的规格定做一批{product}。",
                        "计划明年起{product}全部改为在{cty}直接下单生产。",
                        "新一年的{product}准备在{cty}按图定制，不再买现成款。"),
                 "en": ("Next season we intend to have {product} made to our own spec in {cty}.",
                        "From next year, we plan to order our {product} straight off a production line in {cty}.",
                        "This year's {product} will be built to our drawings in {cty} instead of bought off the shelf.")},
    ("E", "D"): {"zh": ("计划改从{cty}有现货的渠道采购{product}，交期压到两周内。",
                        "今年准备通过{cty}那边的现货渠道，小批量多批次地补{product}。",
                        "{product}以后想在{cty}就近拿现货，不再等整柜。"),
                 "en": ("We plan to buy {product} from ready stock in {cty}, with delivery inside two weeks.",
                        "This year we restock {product} in small, frequent lots from off-the-shelf inventory in {cty}.",
                        "Going forward we want {product} from stock near at hand in {cty}, not full containers months out.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识"),
    "en": ("looking for", "seek", "searching", "find"),
}

NEGATION = {
    "zh": ("{neg}暂不考虑。", "不找{neg}。", "{neg}就不必联系了。", "本次与{neg}无关。"),
    "en": ("We are not looking for {plural}.", "{plural_cap}: not at this time.", "Not interested in {plural} for now.",
           "This does not concern {plural}."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户包括{c1}、{c2}等{k}家{cnoun}。", "{c1}和{c2}两家{cnoun}已合作多年。", "目前主要供货给{cnoun}，比如{c1}、{c2}。"),
    "en": ("Existing customers include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "{c1} and {c2}, both {cnoun_pl}, have bought from us for years.",
           "Today we mostly sell to {cnoun_pl} such as {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("鼎新", "华茂", "奥林", "宏图", "康达", "金鹰", "万隆", "东升"),
    "en": ("Abernathy", "Bexley", "Caldwell", "Dorrance", "Everly", "Fulton", "Garrison", "Hartwell"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of document. Each: offer templates; want templates of three kinds ("cue": with a verb of
# seeking, "named": naming the partner without one, "plan": a frame around an implied plan);
# header lines and trailing lines ("!" marks a closing line). Slots: name noun noun_cap detail
# detail_cap place year age year2 year3 month month_zh d k pct staff size digits phone contact
# recorder sector want want_cap plan.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "mission": {  # trade-mission application essay
        "zh": {
            "offer": ("{name}成立于{year}年，是{place}的一家{noun}，{detail}。",
                      "我司是{noun}，{detail}，此次申请参团，是公司第一次有组织地走出去。",
                      "申请单位{name}，主业为{noun}。{detail}，近三年营收年均增长{pct}%。",
                      "作为一家{noun}（{detail}），我们在{place}同行中规模居前。",
                      "本人{contact}，代表{name}提交申请。我们是{noun}，{detail}。",
                      "{name}扎根{place}已有{age}年，主业是{noun}，{detail}。"),
            "cue": ("此行的首要目的，是寻求与{want}建立长期合作。",
                    "我们希望借代表团的对接会，寻找{want}。",
                    "参团期间，拟重点物色{want}，洽谈年度供货框架。",
                    "恳请组委会协助我们寻找{want}。"),
            "named": ("对接会上最想见到的，是{want}。",
                      "理想的合作方画像：{want}，有稳定的年度需求。",
                      "{want}——这是我们这次出访日程上的第一项。",
                      "若能在行程中与{want}面对面谈一次，此行即算成功。"),
            "plan": ("参团后的打算是：{plan}",
                     "{plan}这也是我们申请本次出访的原因。",
                     "公司今年的出海规划写得很清楚：{plan}"),
            "head": ("{year2}年度经贸代表团·参团申请书", "申请表第三部分：参团目的（限300字）", "申请编号：TM-{year2}-{digits}"),
            "tail": ("申请人：{contact}", "附：营业执照副本、近两年出口数据。", "!以上内容属实，申请单位盖章。"),
        },
        "en": {
            "offer": ("{name} was founded in {year} and is a {noun} based in {place}; {detail}.",
                      "We are a {noun} ({detail}), and this would be our first organized trade mission.",
                      "Applicant: {name}, a {noun}. {detail_cap}, and revenue has grown {pct}% a year for three years.",
                      "As a {noun} ({detail}), we are among the larger firms of our kind in {place}.",
                      "My name is {contact}, and I am applying on behalf of {name}, a {noun}: {detail}.",
                      "{name} has been in {place} for {age} years. We are a {noun}; {detail}."),
            "cue": ("Our main objective on this mission is to seek a long-term relationship with {want}.",
                    "We hope the matchmaking sessions will help us find {want}.",
                    "During the mission we will be looking for {want} to discuss an annual supply framework.",
                    "We would be grateful if the organizers could help us find {want}."),
            "named": ("The meeting we most want on the schedule is with {want}.",
                      "Our ideal counterpart: {want} with steady annual volume.",
                      "{want_cap} is first on our list of meetings for this trip.",
                      "If we sit down face to face with {want} during the mission, the trip has paid for itself."),
            "plan": ("Our plan after the mission: {plan}",
                     "{plan} That is why we are applying.",
                     "This year's export plan is simple. {plan}"),
            "head": ("{year2} Trade Mission Application: Statement of Purpose", "Part 3. Why do you want to join this mission? (300 words max)", "Application no. TM-{year2}-{digits}"),
            "tail": ("Applicant signature: {contact}", "Attachments: company brochure, export history.", "!I certify that the above is accurate."),
        },
    },
    "about": {  # LinkedIn-style "About" section of a company page
        "zh": {
            "offer": ("{name}是{place}的一家{noun}。{detail}。",
                      "我们是谁？一家{noun}，{detail}，{year}年至今只专注一件事。",
                      "从{year}年的小作坊起步，如今的{name}已是{noun}，{detail}。",
                      "{noun}｜{detail}｜总部{place}",
                      "{name}：一家专注的{noun}，{detail}。",
                      "在{name}，{staff}位同事每天只做一件事：当好一家{noun}。{detail}。"),
            "cue": ("我们正在寻找{want}，欢迎私信。",
                    "寻求合作：{want}。",
                    "希望结识{want}，一起把生意做长久。",
                    "正在物色{want}，感兴趣的朋友请留言。"),
            "named": ("下一位伙伴：{want}。",
                      "我们的合作伙伴版图上，还差{want}这一块。",
                      "{want}，欢迎私信。",
                      "开放合作｜{want}"),
            "plan": ("{year2}年，我们的目标：{plan}",
                     "接下来：{plan}",
                     "我们的下一步很明确。{plan}"),
            "head": ("关于我们", "简介", "行业：{sector}｜规模：{size}人"),
            "tail": ("总部：{place}", "成立时间：{year}年", "关注者：{k}{d}0", "员工：{staff}人"),
        },
        "en": {
            "offer": ("{name} is a {noun} in {place}. {detail_cap}.",
                      "Who we are: a {noun}, {detail}, doing one thing well since {year}.",
                      "What started in {year} as a two-person shop is now a {noun}: {detail}.",
                      "{noun_cap} | {detail_cap} | HQ: {place}",
                      "At {name}, {staff} people show up every day to be a really good {noun}. {detail_cap}.",
                      "We're a {noun}. {detail_cap}. That's the whole pitch."),
            "cue": ("We're currently looking for {want}. DMs open.",
                    "Seeking: {want}.",
                    "Always keen to connect with {want}; we are actively searching for the right fit.",
                    "Looking for partners? Specifically, we are looking for {want}."),
            "named": ("Next partner on our map: {want}.",
                      "Open to partnerships | {want_cap}",
                      "The missing piece in our network is {want}.",
                      "{want_cap}? Our inbox is open."),
            "plan": ("In {year2}, the goal is this: {plan}",
                     "What's next: {plan}",
                     "Our next chapter is already written. {plan}"),
            "head": ("About", "Overview", "Industry: {sector} · Company size: {size} employees"),
            "tail": ("Headquarters: {place}", "Founded: {year}", "Followers: {k},{d}0", "Specialties: {sector}"),
        },
    },
    "rfi": {  # reply to a procurement request for information
        "zh": {
            "offer": ("1.1 公司名称及主营：{name}，{noun}。\n1.2 产能与规模：{detail}。",
                      "问1：请简述贵司业务。\n答：我司为{place}的{noun}，{detail}。",
                      "第二部分 企业概况：{noun}，成立于{year}年，{detail}。",
                      "针对贵方问题2（供应能力），说明如下：我们是{noun}，{detail}。",
                      "公司简介：{name}；{noun}；{detail}；员工{staff}人。",
                      "回复要点一：{noun}，{detail}。"),
            "cue": ("补充说明：我司同时在寻找{want}，如贵方渠道中有合适对象，望予引荐。",
                    "问7：其他合作意向？\n答：寻求{want}。",
                    "此外，我们正寻求与{want}建立合作，可一并纳入后续沟通。"),
            "named": ("第6部分 其他：与{want}的对接，亦在我方议程之内。",
                      "问7：其他合作意向？\n答：{want}。",
                      "附注：{want}是我方当前重点合作对象。"),
            "plan": ("第5部分 发展规划：{plan}",
                     "问5：未来两年规划？\n答：{plan}",
                     "关于后续安排：{plan}"),
            "head": ("回复：RFI-{year2}-{digits}《供应商信息征询》", "致：采购部 {recorder}", "密级：商业保密"),
            "tail": ("如需补充资料，请联系{contact}，电话{phone}。", "本回复有效期90天。", "!此致敬礼。{name}"),
        },
        "en": {
            "offer": ("1.1 Company name and activity: {name}, {noun}.\n1.2 Capacity: {detail}.",
                      "Q1. Briefly describe your business.\nA: We are a {noun} in {place}; {detail}.",
                      "Section 2, Company Overview: {noun_cap}, established {year}; {detail}.",
                      "In response to Question 2 (supply capability): {name} is a {noun}, {detail}.",
                      "Company profile: {name}; {noun}; {detail}; {staff} employees.",
                      "Key point 1: {noun_cap}, {detail}."),
            "cue": ("Additional note: we are also looking for {want}; an introduction through your network would be welcome.",
                    "Q7. Other partnership interests?\nA: Seeking {want}.",
                    "Separately, we are seeking {want} and would be glad to include that in any follow-up."),
            "named": ("Section 6, Other: {want} is on our agenda as well.",
                      "Q7. Other partnership interests?\nA: {want_cap}.",
                      "Note: {want} is the partner we are prioritizing this year."),
            "plan": ("Section 5, Development plans: {plan}",
                     "Q5. Plans for the next two years?\nA: {plan}",
                     "On next steps: {plan}"),
            "head": ("RE: RFI-{year2}-{digits}, Supplier Information Request", "To: Procurement, attn. {recorder}", "Confidential: for evaluation only"),
            "tail": ("For clarifications contact {contact}, {phone}.", "This response is valid for 90 days.", "!Respectfully submitted, {name}"),
        },
    },
    "annual": {  # excerpt of an annual report or a letter to shareholders
        "zh": {
            "offer": ("报告期内，公司作为{noun}，{detail}。",
                      "公司是一家{noun}。截至报告期末，{detail}。",
                      "{year2}年，{name}继续深耕{noun}主业，{detail}。",
                      "一、公司业务概要：{noun}，{detail}，员工{staff}人。",
                      "过去一年，我们仍是一家踏实的{noun}：{detail}。",
                      "公司系{place}的{noun}，{detail}，营业收入同比增长{pct}%。"),
            "cue": ("下一年度，公司将积极寻求与{want}的战略合作。",
                    "管理层正在寻找{want}，以补齐产业链短板。",
                    "公司拟寻求{want}作为长期合作伙伴，相关洽谈已启动。"),
            "named": ("主要风险：与{want}的合作尚未落地，海外业务存在不确定性。",
                      "重点工作之三：{want}。",
                      "与{want}的合作，将是明年经营计划的核心。"),
            "plan": ("展望：{plan}",
                     "二、未来发展战略。{plan}",
                     "{year3}年经营计划：{plan}"),
            "head": ("{year2}年年度报告（摘录）", "第三节 管理层讨论与分析", "董事长致股东的信（节选）"),
            "tail": ("（金额单位：人民币万元）", "本报告所涉未来计划不构成公司对投资者的实质承诺。", "!董事会，{year2}年{month_zh}月"),
        },
        "en": {
            "offer": ("During the year, the Company operated as a {noun}; {detail}.",
                      "The Company's principal business is that of a {noun}. At year end: {detail}.",
                      "In {year2}, {name} stayed focused on its core business as a {noun}: {detail}.",
                      "Business overview: {noun_cap}, {detail}, {staff} employees.",
                      "From the Chair's letter: Dear shareholders, we remain a focused {noun}: {detail}.",
                      "{name} is a {noun} based in {place}; {detail}, and revenue rose {pct}% year on year."),
            "cue": ("In the coming year the Company will actively seek a strategic relationship with {want}.",
                    "Management is looking for {want} to close the remaining gap in the supply chain.",
                    "The Company intends to seek {want} as a long-term partner; talks have begun."),
            "named": ("Principal risks: no agreement yet with {want}, which leaves overseas revenue uncertain.",
                      "Priority three for next year: {want}.",
                      "A relationship with {want} sits at the center of next year's operating plan."),
            "plan": ("Outlook. {plan}",
                     "Strategy for the years ahead: {plan}",
                     "Operating plan for {year3}: {plan}"),
            "head": ("Annual Report {year2} (excerpt)", "Management's Discussion and Analysis", "Letter to Shareholders (excerpt)"),
            "tail": ("(Amounts in thousands of US dollars)", "Forward-looking statements involve risks and uncertainties.", "!The Board of Directors, {month} {year2}"),
        },
    },
    "jobpost": {  # job posting for a business development or sourcing role
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "关于我们：{noun}，{detail}，团队{staff}人。",
                      "公司介绍：{year}年成立，{noun}，{detail}。",
                      "我们是{noun}（{detail}），因业务扩展招聘一名海外业务经理。",
                      "{name}｜{noun}｜{detail}",
                      "加入一家实实在在的{noun}：{detail}。"),
            "cue": ("岗位职责：负责寻找并开发{want}，维护长期合作关系。",
                    "你的核心任务：寻求{want}并推动签约。",
                    "主要工作：寻找{want}，每季度出差一次。"),
            "named": ("岗位职责：对接{want}，负责报价、合同与回款。",
                      "你将管理的第一个客户关系：{want}。",
                      "任职要求：懂得如何与{want}打交道，有相关人脉者优先。"),
            "plan": ("为什么招这个岗位？{plan}",
                     "入职后的第一个项目：{plan}",
                     "岗位背景：{plan}"),
            "head": ("【招聘】海外业务经理（全职）", "职位：国际渠道拓展专员｜工作地点：{place}", "发布于{month_zh}月{d}日"),
            "tail": ("薪资面议，五险一金。", "工作地点：{place}", "!有意者请将简历发给{contact}。"),
        },
        "en": {
            "offer": ("{name} is a {noun} in {place}; {detail}.",
                      "About us: {noun_cap}, {detail}, a team of {staff}.",
                      "Founded in {year}, we are a {noun} ({detail}).",
                      "We're a {noun} ({detail}) and we're hiring a business development manager.",
                      "{name} | {noun_cap} | {detail_cap}",
                      "Join a no-nonsense {noun}: {detail}."),
            "cue": ("Responsibilities: find and develop {want}, then keep the relationship healthy.",
                    "Your core task: seek out {want} and bring a contract home.",
                    "Main job: searching for {want}, with one trip abroad a quarter."),
            "named": ("Responsibilities: own the relationship with {want}, from quotes to contracts to collections.",
                      "The first account you'll manage: {want}.",
                      "Requirements: you know how {want} works; existing contacts are a big plus."),
            "plan": ("Why this role exists: {plan}",
                     "Your first project: {plan}",
                     "Background: {plan}"),
            "head": ("Job posting: Business Development Manager (full-time)", "Position: Partnerships Manager | Location: {place}", "Posted {month} {d}"),
            "tail": ("Salary: competitive, plus benefits.", "We are an equal opportunity employer.", "!Apply by sending a resume to {contact}."),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("启", "航", "凯", "晟", "锐", "景", "泽", "弘", "昌", "峰", "禾", "骏", "澜", "益", "屹", "汇")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "控股有限公司"),
             "R": ("新材料有限公司", "原材料有限公司", "材料有限公司"),
             "M": ("制造有限公司", "生产有限公司", "工艺制品有限公司"),
             "D": ("商贸有限公司", "国际贸易有限公司", "分销有限公司"),
             "E": ("运营有限公司", "服务有限公司", "文化发展有限公司")}  # fmt: skip
PINYIN = ("Qihang", "Kaisheng", "Ruijing", "Zehong", "Changfeng", "Junlan", "Yihui", "Tianqi", "Haoyun", "Jintai")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" New Materials", " Raw Materials"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " International Trade"), "E": (" Operations", " Services")}  # fmt: skip
EN_WORDS = ("Ashgrove", "Bramble", "Crestview", "Driftwood", "Elmhurst", "Fairhaven", "Gatehouse", "Harrow",
            "Inglewood", "Jasperton", "Kingsford", "Lockhart", "Millbrook", "Northgate", "Oakhaven", "Riverbend",
            "Tallgrass", "Westcott")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Materials", "Supply", "Raw Goods"),
             "M": ("Manufacturing", "Makers", "Works"),
             "D": ("Distributors", "Wholesale", "Trading Co."),
             "E": ("Operations", "Experiences", "Club Group")}  # fmt: skip
PEOPLE = {
    "zh": ("周经理", "吴总", "郑主任", "冯小姐", "韩总监"),
    "en": ("Maya T.", "Rob Lindqvist", "Grace", "Theo", "Anita P."),
}
RECORDERS = {
    "zh": ("采购经理 林", "采购专员 高", "采购总监 宋"),
    "en": ("J. Okafor", "M. Brandt", "L. Chen-Ruiz"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

HARD_QUOTA = {"material": 5, "served": 8, "generic": 9, "negated": 10, "misnamed": 9}
CN_IN_ENGLISH = 5  # CN writers in English; every US writer writes English
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
        if word[:1] in "aeiouAEIOUé" and not word.startswith(_NOT_AN):
            return f"{art}n {word}"
        return m.group(0)

    return re.sub(r"\b([Aa]) (\S+)", swap, text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(noun: str) -> str:
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def company_size(staff: int) -> str:
    for top, label in ((50, "11-50"), (200, "51-200"), (500, "201-500"), (1000, "501-1,000")):
        if staff <= top:
            return label
    return "1,001-5,000"


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
    if org["_cue"] == "plan":
        cty, cty_adj = COUNTRY[side, lang]
        plan = rng.choice(PLANS[stage, want][lang]).format(
            cty=cty, cty_adj=cty_adj, product=CHAINS[chain]["product"][li],  # type: ignore[index]
            use=CHAINS[chain]["use"][li], mat_own=slots["mat_own"],  # type: ignore[index]
            mat=rng.choice(CHAINS[chain]["material"][li]))  # type: ignore[index]  # fmt: skip
        return rng.choice(g["plan"]).format(**{**slots, "plan": plan})
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
    return cap(fix_articles(rng.choice(pool).format(**slots)))


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
        c1 += rng.choice(("", " Inc.", " & Sons", " Co."))
        c2 += rng.choice(("", " LLC", " Group"))
    cnoun = noun_of(rng, org["_chain"], cstage, lang)
    return cap(rng.choice(SERVED[lang]).format(c1=c1, c2=c2, k=rng.randrange(6, 60), cnoun=cnoun,
                                               cnoun_pl=plural(cnoun)))  # fmt: skip


def phone(rng: random.Random, side: str) -> str:
    if side == "CN":
        return f"+86 1{rng.randrange(30, 90)} {rng.randrange(1000, 10000)} {rng.randrange(1000, 10000)}"
    return f"+1 ({rng.randrange(201, 990)}) {rng.randrange(200, 1000)}-{rng.randrange(1000, 10000)}"


END = ("。", "！", "？", ".", "!", "?", "”", ")", "）")


def compose(rng: random.Random, org: dict, used: set[str]) -> None:
    chain, stage, side, lang, hard = (
        org["_chain"],
        org["_stage"],
        org["side"],
        org["_lang"],
        org["_hard"],
    )
    li = 0 if lang == "zh" else 1
    mark = "neutral"
    if "misnamed" in hard:
        mark = rng.choice([s for s in STAGES if s != stage])
    elif rng.random() < 0.25:
        mark = stage
    place = rng.choice(CHAINS[chain]["places"][li]) if side == "CN" else rng.choice(US_PLACES)  # type: ignore[index]
    name = make_name(rng, side, lang, place, mark)
    while name in used:
        name = make_name(rng, side, lang, place, mark)
    used.add(name)
    zh_n, en_n, zh_d, en_d = CHAINS[chain][stage]  # type: ignore[misc]
    pick = rng.randrange(len(zh_n))  # a company's noun and detail go together
    noun, detail = (zh_n, en_n)[li][pick], (zh_d, en_d)[li][pick]
    year = rng.randrange(1992, 2021)
    year2 = rng.choice((2026, 2027))
    month = rng.randrange(1, 13)
    staff = rng.randrange(12, 900)
    slots = {
        "name": name, "noun": noun, "noun_cap": cap(noun), "detail": detail, "detail_cap": cap(detail),
        "place": place, "year": year, "age": 2026 - year, "year2": year2, "year3": year2 + 1,
        "month": MONTHS[month - 1], "month_zh": month, "d": rng.randrange(10, 29), "k": rng.randrange(2, 40),
        "pct": rng.randrange(6, 38), "staff": f"{staff:,}" if lang == "en" else staff,
        "size": company_size(staff), "digits": rng.randrange(10000, 100000), "phone": phone(rng, side),
        "contact": rng.choice(PEOPLE[lang]), "recorder": rng.choice(RECORDERS[lang]),
        "sector": CHAINS[chain]["sector"][li],  # type: ignore[index]
        "mat_own": CHAINS[chain]["material"][li][pick] if stage == "R" else "",  # type: ignore[index]
    }  # fmt: skip
    g = GENRES[org["_genre"]][lang]
    offer = fix_articles(rng.choice(g["offer"]).format(**slots))
    want = want_sentence(rng, org, lang, slots)
    org["_want_text"] = want
    wants = [want]
    if "negated" in hard:
        wants.insert(rng.randrange(2), negation_line(rng, org, lang))
    body = [offer]
    if "served" in hard:
        body.append(served_line(rng, org, lang))
    room = max(0, 2 - len(hard))  # at most six sentences below the header
    tails = [
        t.format(**slots) for t in rng.sample(g["tail"], min(room, rng.choice((0, 0, 1, 1, 2))))
    ]
    closing = [t[1:] for t in tails if t.startswith("!")]
    tails = [t for t in tails if not t.startswith("!")]
    roll = rng.random()
    if roll < 0.3:  # the want first
        parts = wants + body
    elif roll < 0.5 and len(body) > 1:  # between the offer and the customers served
        parts = [body[0], *wants, *body[1:]]
    else:  # last
        parts = body + wants
    parts += tails + closing  # trailing lines (signature, note, footer) always close the text
    head = (
        rng.choice(g["head"]).format(**slots)
        if rng.random() < (0.7 if org["_genre"] == "rfi" else 0.45)
        else None
    )
    lined = org["_genre"] in ("rfi", "about") or rng.random() < 0.35
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
    for side in PREFIX:  # kinds of document evenly per side; the kinds of want evenly per kind
        group = [o for o in orgs if o["side"] == side]
        labels = [genres[i % len(genres)] for i in range(len(group))]
        rng.shuffle(labels)
        for i, o in enumerate(group):  # no annual report from an end buyer (a club, a studio)
            if o["_stage"] == "E" and labels[i] == "annual":
                j = next(
                    j for j, p in enumerate(group) if p["_stage"] != "E" and labels[j] != "annual"
                )
                labels[i], labels[j] = labels[j], labels[i]
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
        if side == "CN":  # one English writer per kind of document
            for g in rng.sample(genres, CN_IN_ENGLISH):
                rng.choice([o for o in group if o["_genre"] == g])["_lang"] = "en"
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
    """Lines, and sentences within a line (a numbered item, a Q/A label or an initial is no end)."""
    n = 0
    for raw in text.split("\n"):
        line = re.sub(r"^(?:Q\d+\.|\d+\.\d+)\s*", "", raw.strip())
        parts = re.split(r"[。！？]|(?<!\b[A-Z]\.)(?<=[.?!])\s+(?=[A-Z])", line)
        n += sum(1 for x in parts if x.strip())
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
        assert text.strip() and "{" not in text and "}" not in text and not text.startswith("!"), (
            text
        )
        assert not CODE.search(text) and not BANNED.search(text), text
        assert not any(key in text.lower() for key in CHAINS), text
        below = text.split("\n", 1)[1] if o["_headed"] else text
        assert 1 <= count_sentences(below) <= 6, (count_sentences(below), text)
        if lang == "en":
            assert not HAN.search(text) and not BAD_ARTICLE.search(text), text
        else:
            assert len(HAN.findall(text)) > len(re.findall(r"[A-Za-z]", text)), text
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
            assert any(o["_genre"] == genre and o["_lang"] == lang for o in orgs), (genre, lang)
    assert set(Counter((o["side"], o["_genre"]) for o in orgs).values()) == {8, 14}
    assert Counter(o["side"] for o in orgs if o["_lang"] == "en") == {"US": 70, "CN": CN_IN_ENGLISH}
    for side in PREFIX:
        per_cue = Counter(o["_cue"] for o in orgs if o["side"] == side)
        assert max(per_cue.values()) - min(per_cue.values()) <= 1, per_cue
    assert Counter(c for o in orgs for c in o["_hard"]) == HARD_QUOTA
    assert all((o["_stage"], o["_want"]) == ("M", "R") for o in orgs if "material" in o["_hard"])
    assert not any(o["_stage"] == "E" and o["_genre"] == "annual" for o in orgs)


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
    print(
        "side/want kind:", dict(sorted(Counter(f"{o['side']}/{o['_cue']}" for o in orgs).items()))
    )
    print("side/stage:", dict(sorted(Counter(f"{o['side']}/{o['_stage']}" for o in orgs).items())))
    print("stage>want:", dict(sorted(Counter(f"{o['_stage']}>{o['_want']}" for o in orgs).items())))
    print("hard cases:", dict(Counter(c for o in orgs for c in o["_hard"])))


if __name__ == "__main__":
    main()
