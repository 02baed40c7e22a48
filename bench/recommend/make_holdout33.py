# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-third held-out ROLE set: ``roles_holdout33.json`` / ``roles_holdout33_gold.json``.

    python bench/recommend/make_holdout33.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study or comparison
script, no ``roles_*.json`` content, and no Python importing the engine was run. Only
``make_holdout32.py`` was read in full (format, construction, style; its layout, gold and check
code is copied here, not imported); of the other ``make_*.py`` only the module docstrings were
read. Chains, templates, plans, negations, ways of writing, names and places are this set's own.
Chain keys were checked against the list given (``_EARLIER``, 465 keys, set 32's among them).
The id prefixes ``q4cn`` / ``q4us`` occur in no other ``roles_*.json`` (``grep -l '"q4'``
printed no file; ``check`` asserts it).

Ways of writing, checked with ``grep -il`` over ``make_*.py`` and ``bench/recommend/*.json``
(file names only) and against the docstrings' lists of earlier ways (which include, among many
others, set 32's language school intake, calling agency brief, corporate housing request,
coaching notes and trade-data onboarding call, set 31's search mandate, bookkeeping onboarding,
business trip request, packaging brief and relocation survey, set 30's patent intake memo and
website brief, the bank KYC summaries of corpus 6 and set 25, corpus 1's CRM rows, corpus 15's
trademark applications and the classified ads, flyers and press releases of several sets; none
is used here): 品牌命名, 命名, 备选名, 重名, 命名会议, brand name, naming brief, naming session,
naming lead, 销售管理系统, 实施顾问, 调研会, 看板, 商机, 用户账号, implementation, discovery,
dashboard, workflow, user seats, requirements workshop, go-live, 虚拟办公, virtual office, 商务地址,
business address, 代收, 代接, 转寄, 客户专员, mail forwarding, mail handling, phone-answering,
welcome call, client manager, 刊登, 广告主, 半版, 样刊, 截稿, 刊例, 版面, 杂志, 读者群, insertion
order, advertiser, half page, tear sheet, rate card, readership, account executive, media kit,
伴手礼, 定制单, 礼品顾问, 赠品, gift set, gift order, gift studio, gift consultant matched nothing.
Matches in other kinds of text, kept as single words: magazine (set 9), 读者 (sets 27, 30), 礼盒
(corpora 7, 14, 17, sets 22, 23: gift boxes as goods), logo (corpora 13, 17, sets 24, 27), 会议室
/ meeting room (corpora 13, 16, sets 19, 27, 29-31), 域名 / domain (sets 19, 30), shortlist
(corpora 5, 16, sets 18, 20, 27), reception (set 28), 上线 (many). Considered and dropped: a
due-diligence firm's counterparty check (尽职调查 and sanctions in the KYC summaries of corpus 6
and set 25), a tax adviser's memo (税务 and sales tax in set 31's bookkeeping onboarding) and a
business centre's meeting-room booking (会议室, and 预订 in set 31's trip request). Replaced after
a match: a trademark-clearance line in the naming brief (商标 / trademark, corpus 15's filings),
the headings kickoff (sets 30-32), 沟通会 (set 31), 客户经理 (corpora 5, 6, 14, set 25)
and custom gift (corpus 14), and front desk (set 21). "CRM" and "corporate gift" (gifts as
goods or buyers in corpora 3, 10, 14 and set 19) are not written anywhere.

Chain words: every product, sector, end-user phrase, role noun and material of the chains below
was grepped the same way as a full phrase, English and Chinese (346 phrases); none matches.
Replaced after a match: 直线导轨 (corpus 11), filter factory / filter OEM (sets 17, 23), 光学玻璃
/ optical glass (set 24), stand OEM (set 29), 影视基地 (``make_dataset.py``), 针织布 / knit fabric
(corpora 9, 12), AV equipment importer (set 23). Single words that match inside other text and
are kept, since none of the earlier sets makes these goods: filter (air, water and aquarium
filters), lens and 镜头 (corpora 6, 12, 13, 16, set 21), camera, 相机, 摄像 (machine vision,
document and dash cameras: corpora 2, 13, 16, set 21), 摄影 / photograph (corpus 12, sets 23,
29, 30, set 30's photo shoot order among them), studio, film, 影视 and broadcast (the animation
chain of ``make_holdout.py``, corpus 13), 直播 / livestream and 主播 (corpus 13's livestream
scripts, corpus 17, set 25), 影楼 (set 23), grip (sets 23, 26), 补光 (corpus 16), 新闻 / news,
化妆, 宠物 / pet, 毕业, 碳纤维 / carbon fiber, 镁合金 / magnesium (set 32's aluminium-magnesium
sheet), 染料 / dye, 纸浆 / pulp, 沙袋 (set 25), 镀铬 / chrome, remote, LED. Earlier chain keys that
occur here as plain words are not this set's goods: film (film companies), motor (stepper
motors), led (LED strips). The Chinese places (小榄, 坦洲, 三乡, 鹤山, 高明, 四会, 博罗, 惠东, 龙门,
南阳, 社旗, 邓州, 大涌, 南头, 阜沙, 福永, 沙井, 公明, 三门, 天台, 磐安, 龙游, 常山, 开化, 柯桥, 上虞, 临平,
余杭, 张家港, 高淳) and the US ones (Syracuse, Sarasota, Wilmington, Glendale, Ann Arbor,
Gainesville, Fayetteville, Lafayette, Tallahassee, Akron, Scranton, Bangor, Worcester, New
Haven, with their Chinese names) matched nothing; candidates that matched (开平, 台山, 方城, 横栏,
松岗, 宁海, 象山, 嵊州, 平湖, 海盐, 桐庐, Savannah, Albuquerque, Rochester, Burbank and others) were
not used. Nothing may be fitted or tuned on this set.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains from three neighbouring sectors of photo and video production gear, a domain
  no earlier set used: camera tripods, camera sliders, camera cages and rigs, lens filters
  (camera support and lens accessories); softboxes, ring lights, C-stands (studio lighting
  gear); seamless paper backdrops, chroma key green screens, teleprompters (backdrops and
  on-set gear). They share buyers (camera gear importers, rental houses, studios, production
  companies, broadcasters) and words (camera, studio, shoot, on set). Stages R raw material or
  key component (carbon fiber tube maker, linear bearing block maker, 6061 aluminum bar mill,
  B270 glass substrate maker, diffusion fabric mill, bicolor LED strip maker, grip head foundry,
  bleached pulp supplier, disperse dye maker, beam splitter glass maker…), M maker, D
  distributor / importer / wholesaler / dealer, E end buyer or user (real estate photography
  company, commercial production company, sports broadcast company, aerial filming company,
  children's portrait chain, livestream shopping agency, film studio lot operator, pet portrait
  chain, gaming streamer agency, TV news channel…). Each company is at one stage and seeks an
  adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D). Four, three and
  three chains per sector.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q4cn001``... and ``q4us001``...
  shuffled within each side; gold partners, competitors, offer-only and want-only companies
  constructed exactly as in set 32.
* CN companies in mainland business Chinese (five in English, one per way of writing); US
  companies in English (five in Chinese, one per way of writing: a Chinese naming agency,
  software implementer, business-address provider, trade magazine or gift studio serving a US
  firm). Free text only.
* Five ways of writing, each by a service provider noting in passing what the company is
  after, each in both languages: a naming agency's brand naming brief (品牌命名需求单 / BRAND
  NAMING BRIEF), a sales software implementation consultant's discovery notes (销售管理系统实施
  调研记录 / SALES SOFTWARE DISCOVERY NOTES), a virtual office provider's sign-up record (海外商务
  地址服务登记表 / VIRTUAL OFFICE SIGN-UP), a trade magazine's advertising insertion order (杂志
  广告刊登委托单 / TRADE MAGAZINE INSERTION ORDER) and a gift studio's order for gifts handed out
  at first meetings (伴手礼定制单 / GIFT SET ORDER). Per way and language: six offer templates,
  four of each kind of want (four plan frames), four neutral middle lines.
* Three kinds of want (verb of seeking; partner named without one; implied by a plan), hard
  cases (served customers, negations, misleading name words, generic wants, material wants)
  with the quotas and checks of set 32.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20330811
NAME = "roles_holdout33"
PREFIX = {"CN": "q4cn", "US": "q4us"}

# Chain keys used by earlier sets (as given to this helper); none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw aligner "
    "almond am amenity anchor animation aquafilter aquaheater archery artflower backpack "
    "badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed bedtoolbox beef beer "
    "bellowsbox berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds boardgame boba "
    "boiler bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet cable cabletie "
    "calculator calfhutch camper candle carpet cart carton carwash cashmere casket catheter "
    "catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair chalk changingstation "
    "charging chessset choppingboard chopstick cider climbhold clipper cnc coathanger cocoa coffee "
    "coldchain compressor cone confetticannon conveyor cookware cosmetics costume countertop "
    "countingframe cowbrush craftglitter crayon croquetset crowdbarrier crucible crusher cuirass "
    "cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer diaper dinnerware doccam "
    "dogharness dressing driedfruit drillbit drip drone dropliner drumhead dryer drywall dumpling "
    "duvet earbuds eartag ebike ebus egg electrode electrolyser elecwinch elevator embhoop "
    "energydrink envelope epoxy esl evcharger excavator extinguisher eyelash eyewear fabricdye "
    "farrowcrate fastener faucet fencer fertilizer fgmesh film firework flatglass floorliner "
    "floorpad floss flour foldfan footwear forklift formula fountainpen fries frozenveg furniture "
    "gardenstatue garlic garment gearbox generics ginseng glassmosaic glove glueboard goalnet golf "
    "grabbar greenhouse greentea greetingcard grindwheel grout guitar gummy h2tank hairdryer "
    "hairdye hamaca handbag hangtag haynet hearingaid heatexchanger heatpump heavybag helmet hinge "
    "hoist honey horserug hose hotpot hotsauce hottub hullcraft hydcyl hydrant icecream iceskate "
    "imaging implant incense indgas infieldmix ink insectlight insulator intumescent inverter ivd "
    "jewelry jigsawpuzzle juice karaokeset kayak keg keypad kimchi kitecraft knife knitneedle "
    "kombucha kscope ladder lanyard latexballoon laundry lcdmodule led ledstreet lickblock "
    "lightgel lipbalm lithium localization locker loyly lubricant luggage magnet magnetwire "
    "mahjongtiles manhole mannequin marimbawood marinerope marotte massagechair mattress medal "
    "meddev microscope milkliner mistmaker mlcc modeltrack moisturemeter mold mooncake mophead "
    "motor mountform mouthharp mower mushroom musicbox musicstand nailpolish netpen noodle nuts "
    "nylonyarn oatmilk oliveoil oring oven padlock paint pallet paperbag pasta pcb peach pencil "
    "perfume petfood phonecase piano pickle pickleball pictureframe pigfeeder pillow pinatacraft "
    "pingpong pipe pipette pipingtip piste playingcard popcorn posterminal pouch poultrydrinker "
    "powerchip powertool printing projscreen ptoshaft pump pv racking radiator railcar rainbarrel "
    "razor reagent rebar receiptroll reedcane reefer ribbon rice ricecooker ricenoodle rigidbox "
    "robot robotarm robovac rollerchain roofing rubbermulch saddle safetysign sandwichpanel "
    "sanitizer sausage sawblade scaffold scooter scrappaper scrubs seafood sealant seatcover "
    "seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder sidestep silk sink "
    "skidplate slatfloor smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce "
    "sparkplug spcfloor spice sportswear spring stagedrape stagetruss stallmat stapler "
    "startelescope stickynote storage stretchfilm stroller sugar sunglasses sunscreen surfboard "
    "suture swimwear swingseat syringe tackle tamtam tape tea tennisracket tent terrestrial "
    "thermostat tile toiletpartition tonneaucover toothbrush towel toxinbinder toy tractionboard "
    "trampoline transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre "
    "ukulelekit umbrella upvcprofile urinalscreen valve vase vending vetvax vinegar violin "
    "visioncam vitamin wallcovering wallet walnut wastecart wastewater watch water watermeter "
    "watertrough waxwrap weldwire wetwipe wheelchair whiteboard wig wind windcock window "
    "windowsqueegee windshade wine wiperblade wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); product (zh, en) and what its end users do (zh, en; a
# relative-clause verb phrase), both for the wants only implied by a plan; per stage (zh nouns,
# en nouns, zh details, en details), the i-th detail going with the i-th noun; the material each
# R noun supplies (aligned with the R nouns); Chinese places (zh, en). The keys are words no
# description can contain (texts write "camera tripods", "ring lights", never the key run
# together).
# ---------------------------------------------------------------------------------------------
SUPPORT = ("摄影支撑与镜头配件", "camera support and lens accessories")
LIGHTING = ("影棚灯光器材", "studio lighting gear")
SETGEAR = ("拍摄背景与演播配件", "backdrops and on-set gear")
CHAINS: dict[str, dict[str, object]] = {
    "phototripod": {
        "sector": SUPPORT,
        "product": ("摄影三脚架", "camera tripods"),
        "use": ("每天派摄影师外出拍摄", "send photographers out on shoots every day"),
        "R": (("碳纤维管厂", "球形云台厂", "镁合金铸件厂"),
              ("carbon fiber tube maker", "ball head maker", "magnesium casting foundry"),
              ("碳纤维管年产300万支", "云台年产150万只", "铸件年产8000吨"),
              ("3 million tubes a year", "1.5 million ball heads a year", "8,000 t of castings a year")),
        "M": (("三脚架工厂", "摄影支撑器材制造商", "三脚架OEM工厂"),
              ("tripod factory", "camera support maker", "tripod OEM"),
              ("年产三脚架120万支，铝制和碳纤维两个系列", "产品线含独脚架和液压云台视频三脚架", "接受贴牌，最小批量300支"),
              ("1.2 million tripods a year in aluminum and carbon fiber", "a range that includes monopods and fluid-head video tripods", "private-label batches from 300 units")),
        "D": (("摄影器材进口商", "照相器材批发商", "三脚架品牌代理商"),
              ("camera gear importer", "photo equipment wholesaler", "tripod distributor"),
              ("下游相机店900家", "常备摄影器材4000种", "年销三脚架6万支"),
              ("900 camera store accounts", "4,000 photo lines in stock", "60,000 tripods sold a year")),
        "E": (("房产摄影公司", "新闻图片社", "学校集体照公司"),
              ("real estate photography company", "news photo agency", "school portrait company"),
              ("摄影师260名", "签约摄影记者140名", "每年拍摄学校1800所"),
              ("260 photographers", "140 staff and contract photojournalists", "1,800 schools photographed a year")),
        "material": (("碳纤维管", "球形云台", "镁合金铸件"), ("carbon fiber tubing", "ball heads", "magnesium castings")),
        "places": (("小榄", "坦洲", "三乡"), ("Xiaolan", "Tanzhou", "Sanxiang")),
    },
    "camslider": {
        "sector": SUPPORT,
        "product": ("摄影滑轨", "camera sliders"),
        "use": ("常年拍广告片和产品视频", "shoot commercials and product videos all year"),
        "R": (("直线滑块厂", "步进电机厂", "同步带厂"),
              ("linear bearing block maker", "stepper motor maker", "timing belt maker"),
              ("滑块年产600万只", "步进电机年产300万台", "同步带年产2000万条"),
              ("6 million blocks a year", "3 million stepper motors a year", "20 million belts a year")),
        "M": (("滑轨工厂", "电动滑轨制造商", "滑轨OEM工厂"),
              ("slider factory", "motorized slider maker", "slider OEM"),
              ("年产滑轨25万条，长度60到150厘米", "延时摄影控制器自主研发", "接受贴牌，最小批量100条"),
              ("250,000 sliders a year, 60 to 150 cm long", "motion controllers designed in-house", "private-label batches from 100 units")),
        "D": (("影视器材经销商", "视频器材进口商", "滑轨品牌代理商"),
              ("film equipment dealer", "video gear importer", "slider distributor"),
              ("门店12家", "常备视频器材2500种", "年销滑轨1.5万条"),
              ("12 showrooms", "2,500 video lines in stock", "15,000 sliders sold a year")),
        "E": (("广告片制作公司", "纪录片制作公司", "美食视频工作室"),
              ("commercial production company", "documentary production company", "food video studio"),
              ("年拍广告片300条", "在拍项目20个", "每周出片40条"),
              ("300 commercials a year", "20 films in production", "40 videos a week")),
        "material": (("直线滑块", "步进电机", "同步带"), ("linear bearing blocks", "stepper motors", "timing belts")),
        "places": (("鹤山", "高明", "四会"), ("Heshan", "Gaoming", "Sihui")),
    },
    "camcage": {
        "sector": SUPPORT,
        "product": ("相机兔笼套件", "camera cages and rigs"),
        "use": ("经常用电影机拍片", "shoot on cinema cameras week in, week out"),
        "R": (("6061铝棒厂", "快装板厂", "木质手柄厂"),
              ("6061 aluminum bar mill", "quick-release plate maker", "wooden handle maker"),
              ("铝棒年产4万吨", "快装板年产200万块", "手柄年产150万只"),
              ("40,000 t of bar a year", "2 million plates a year", "1.5 million handles a year")),
        "M": (("兔笼工厂", "相机套件制造商", "兔笼OEM工厂"),
              ("cage factory", "camera rig maker", "cage OEM"),
              ("年产兔笼40万套，适配机身500多款", "加工中心60台", "接受贴牌，最小批量200套"),
              ("400,000 cages a year for over 500 camera bodies", "60 machining centers", "private-label batches from 200 sets")),
        "D": (("摄像配件进口商", "摄影器材网店", "兔笼品牌代理商"),
              ("camera accessory importer", "online camera gear retailer", "rig dealer"),
              ("下游租赁行和门店700家", "年发货订单20万单", "年销兔笼2万套"),
              ("700 rental and store accounts", "200,000 orders shipped a year", "20,000 rigs sold a year")),
        "E": (("体育转播公司", "独立电影公司", "音乐录影带制作公司"),
              ("sports broadcast company", "independent film company", "music video production company"),
              ("转播车18辆", "每年开机5部电影", "年拍MV 80支"),
              ("18 outside broadcast trucks", "5 features shot a year", "80 music videos a year")),
        "material": (("6061铝棒", "快装板", "木质手柄"), ("6061 aluminum bar", "quick-release plates", "wooden handles")),
        "places": (("博罗", "惠东", "龙门"), ("Boluo", "Huidong", "Longmen")),
    },
    "lensfilter": {
        "sector": SUPPORT,
        "product": ("镜头滤镜", "lens filters"),
        "use": ("常年在强光下户外拍摄", "shoot outdoors in harsh light all year"),
        "R": (("B270玻璃基片厂", "镀膜材料厂", "滤镜框厂"),
              ("B270 glass substrate maker", "coating materials maker", "filter ring maker"),
              ("基片年产2000万片", "镀膜材料年产80吨", "滤镜框年产1000万只"),
              ("20 million substrates a year", "80 t of coating materials a year", "10 million rings a year")),
        "M": (("滤镜工厂", "光学滤镜制造商", "滤镜OEM工厂"),
              ("lens filter factory", "optical filter maker", "lens filter OEM"),
              ("年产滤镜600万片，口径37到95毫米", "减光、偏振、柔焦滤镜都做", "接受贴牌，最小批量500片"),
              ("6 million filters a year, 37 to 95 mm", "ND, polarizing and diffusion filters", "private-label batches from 500 pieces")),
        "D": (("相机配件批发商", "照相器材连锁供货商", "滤镜品牌代理商"),
              ("camera accessory wholesaler", "camera store chain supplier", "lens filter dealer"),
              ("下游门店1500家", "常备配件6000种", "年销滤镜30万片"),
              ("1,500 store accounts", "6,000 accessory lines in stock", "300,000 filters sold a year")),
        "E": (("风光摄影游公司", "航拍服务公司", "自然纪录片摄制组"),
              ("landscape photo tour operator", "aerial filming company", "nature documentary unit"),
              ("每年带团200个", "航拍机组30个", "野外拍摄组8个"),
              ("200 tours a year", "30 aerial crews", "8 field crews")),
        "material": (("B270玻璃基片", "镀膜材料", "滤镜框"), ("B270 glass substrates", "coating materials", "filter rings")),
        "places": (("南阳", "社旗", "邓州"), ("Nanyang", "Sheqi", "Dengzhou")),
    },
    "diffbox": {
        "sector": LIGHTING,
        "product": ("摄影柔光箱", "softboxes"),
        "use": ("每天在影棚灯下拍人像和产品", "shoot portraits and products under studio lights every day"),
        "R": (("柔光布厂", "玻璃纤维杆厂", "卡口环厂"),
              ("diffusion fabric mill", "fiberglass rod maker", "speed ring maker"),
              ("柔光布年产1500万米", "纤维杆年产3000万支", "卡口环年产200万只"),
              ("15 million m of diffusion fabric a year", "30 million rods a year", "2 million speed rings a year")),
        "M": (("柔光箱工厂", "影室灯光附件制造商", "柔光箱OEM工厂"),
              ("softbox factory", "studio light modifier maker", "softbox OEM"),
              ("年产柔光箱80万个，方形、八角、深口都做", "缝纫工位200个", "接受贴牌，最小批量300个"),
              ("800,000 softboxes a year, square, octagonal and deep", "200 sewing stations", "private-label batches from 300 units")),
        "D": (("影室器材进口商", "摄影器材经销商", "柔光箱品牌代理商"),
              ("studio gear importer", "photo gear dealer", "softbox distributor"),
              ("下游影楼和门店1100家", "门店8家", "年销柔光箱5万个"),
              ("1,100 studio and store accounts", "8 stores", "50,000 softboxes sold a year")),
        "E": (("电商产品拍摄基地", "儿童摄影连锁", "职业形象照连锁"),
              ("product photography studio", "children's portrait chain", "headshot studio chain"),
              ("拍摄间60个", "门店45家", "门店70家"),
              ("60 shooting bays", "45 studios", "70 locations")),
        "material": (("柔光布", "玻璃纤维杆", "卡口环"), ("diffusion fabric", "fiberglass rods", "speed rings")),
        "places": (("大涌", "南头", "阜沙"), ("Dayong", "Nantou", "Fusha")),
    },
    "ringlamp": {
        "sector": LIGHTING,
        "product": ("环形补光灯", "ring lights"),
        "use": ("天天让人对着镜头卖货或讲课", "put people on camera every day to sell or teach"),
        "R": (("双色温LED灯带厂", "恒流驱动板厂", "乳白扩散罩厂"),
              ("bicolor LED strip maker", "constant-current driver board maker", "opal diffuser molder"),
              ("灯带年产5000万米", "驱动板年产1000万片", "扩散罩年产800万只"),
              ("50 million m of strip a year", "10 million driver boards a year", "8 million diffusers a year")),
        "M": (("补光灯工厂", "直播灯具制造商", "补光灯OEM工厂"),
              ("ring light factory", "creator lighting maker", "ring light OEM"),
              ("年产补光灯300万只，10到21英寸", "贴片线10条", "接受贴牌，最小批量1000只"),
              ("3 million ring lights a year, 10 to 21 inch", "10 SMT lines", "private-label batches from 1,000 units")),
        "D": (("数码配件进口商", "直播设备批发商", "补光灯品牌代理商"),
              ("digital accessory importer", "streaming gear wholesaler", "ring light distributor"),
              ("下游零售商2000家", "常备直播设备1200种", "年销补光灯40万只"),
              ("2,000 retail accounts", "1,200 streaming lines in stock", "400,000 ring lights sold a year")),
        "E": (("直播电商机构", "网课录制公司", "化妆学校"),
              ("livestream shopping agency", "online course production company", "makeup artistry school"),
              ("签约主播300人", "录课间40个", "每年学员2000人"),
              ("300 contracted hosts", "40 recording rooms", "2,000 students a year")),
        "material": (("双色温LED灯带", "恒流驱动板", "乳白扩散罩"), ("bicolor LED strips", "driver boards", "opal diffusers")),
        "places": (("福永", "沙井", "公明"), ("Fuyong", "Shajing", "Gongming")),
    },
    "gripstand": {
        "sector": LIGHTING,
        "product": ("C型灯架", "C-stands"),
        "use": ("在片场架设大量灯光", "rig a lot of lights on set"),
        "R": (("镀铬钢管厂", "灯架接头铸件厂", "配重沙袋厂"),
              ("chrome-plated steel tube mill", "grip head foundry", "sandbag maker"),
              ("钢管年产3万吨", "接头年产500万只", "沙袋年产100万只"),
              ("30,000 t of tube a year", "5 million grip heads a year", "1 million sandbags a year")),
        "M": (("灯架工厂", "影视器材五金制造商", "灯架OEM工厂"),
              ("C-stand factory", "grip hardware maker", "C-stand OEM"),
              ("年产C型灯架30万套，附延伸臂", "焊接和电镀车间自有", "接受贴牌，最小批量100套"),
              ("300,000 C-stands a year, arms included", "in-house welding and plating", "private-label batches from 100 stands")),
        "D": (("灯光器材进口商", "影视器材批发商", "灯架品牌代理商"),
              ("lighting and grip importer", "film gear wholesaler", "stand dealer"),
              ("下游租赁行400家", "常备灯光器材3000种", "年销灯架2万套"),
              ("400 rental house accounts", "3,000 lighting lines in stock", "20,000 stands sold a year")),
        "E": (("影棚园区运营商", "电视剧制作公司", "大型活动制作公司"),
              ("film studio lot operator", "television series producer", "live event production company"),
              ("摄影棚24个", "每年开拍4部剧", "每年承办活动150场"),
              ("24 shooting halls", "4 series in production a year", "150 events a year")),
        "material": (("镀铬钢管", "灯架接头", "配重沙袋"), ("chrome-plated steel tube", "grip heads", "sandbags")),
        "places": (("三门", "天台", "磐安"), ("Sanmen", "Tiantai", "Pan'an")),
    },
    "seamlesspaper": {
        "sector": SETGEAR,
        "product": ("无缝背景纸", "seamless paper backdrops"),
        "use": ("每天换着背景拍模特和商品", "change backdrops for model and product shoots every day"),
        "R": (("漂白木浆供应商", "纸用染料厂", "纸芯管厂"),
              ("bleached pulp supplier", "paper dye maker", "core tube maker"),
              ("木浆年供应20万吨", "染料年产6000吨", "纸芯管年产500万支"),
              ("200,000 t of pulp a year", "6,000 t of dye a year", "5 million core tubes a year")),
        "M": (("背景纸厂", "摄影背景制造商", "背景纸OEM工厂"),
              ("backdrop paper mill", "photo backdrop maker", "backdrop OEM"),
              ("年产背景纸150万卷，颜色60种", "幅宽1.35米到3.55米", "接受贴牌，最小批量一个货柜"),
              ("1.5 million rolls a year in 60 colors", "widths from 1.35 to 3.55 m", "private-label runs from one container")),
        "D": (("摄影耗材进口商", "影楼用品批发商", "背景纸品牌代理商"),
              ("photo supplies importer", "studio supply wholesaler", "backdrop distributor"),
              ("下游影楼1300家", "常备耗材2000种", "年销背景纸12万卷"),
              ("1,300 studio accounts", "2,000 supply lines in stock", "120,000 rolls sold a year")),
        "E": (("服装画册拍摄工作室", "宠物摄影连锁", "毕业照拍摄公司"),
              ("fashion catalog studio", "pet portrait chain", "graduation photo company"),
              ("每月拍摄5000款", "门店35家", "每年服务高校120所"),
              ("5,000 styles shot a month", "35 studios", "120 colleges served a year")),
        "material": (("漂白木浆", "纸用染料", "纸芯管"), ("bleached pulp", "paper dyes", "core tubes")),
        "places": (("龙游", "常山", "开化"), ("Longyou", "Changshan", "Kaihua")),
    },
    "keyscreen": {
        "sector": SETGEAR,
        "product": ("抠像绿幕", "chroma key green screens"),
        "use": ("常拍要在后期换背景的画面", "shoot footage that gets a new background in post"),
        "R": (("哑光涤纶布厂", "分散染料厂", "折叠支架厂"),
              ("matte polyester fabric mill", "disperse dye maker", "collapsible frame maker"),
              ("面料年产4000万米", "染料年产3000吨", "支架年产300万副"),
              ("40 million m of fabric a year", "3,000 t of dye a year", "3 million frames a year")),
        "M": (("绿幕工厂", "抠像背景制造商", "绿幕OEM工厂"),
              ("green screen factory", "chroma key backdrop maker", "green screen OEM"),
              ("年产绿幕100万块，折叠式、卷轴式、整墙式都做", "染整生产线4条", "接受贴牌，最小批量200块"),
              ("1 million screens a year, pop-up, roll-down and wall", "4 dyeing and finishing lines", "private-label batches from 200 screens")),
        "D": (("虚拟演播设备经销商", "视频器材电商", "绿幕品牌代理商"),
              ("virtual studio dealer", "online video gear seller", "green screen distributor"),
              ("服务演播室300家", "年发货15万单", "年销绿幕3万块"),
              ("300 studio accounts", "150,000 orders shipped a year", "30,000 screens sold a year")),
        "E": (("游戏主播经纪公司", "虚拟制片公司", "企业培训视频公司"),
              ("gaming streamer agency", "virtual production company", "corporate training video producer"),
              ("签约主播500人", "在拍项目15个", "每年制作课程视频3000条"),
              ("500 signed streamers", "15 projects in production", "3,000 training videos a year")),
        "material": (("哑光涤纶布", "分散染料", "折叠支架"), ("matte polyester fabric", "disperse dyes", "collapsible frames")),
        "places": (("柯桥", "上虞", "临平"), ("Keqiao", "Shangyu", "Linping")),
    },
    "cueglass": {
        "sector": SETGEAR,
        "product": ("提词器", "teleprompters"),
        "use": ("每天有人要对着镜头念稿", "have people read scripts to camera every day"),
        "R": (("分光玻璃厂", "显示面板厂", "无线翻页器厂"),
              ("beam splitter glass maker", "display panel maker", "wireless remote maker"),
              ("分光玻璃年产100万片", "面板年产500万片", "翻页器年产300万只"),
              ("1 million beam splitters a year", "5 million panels a year", "3 million remotes a year")),
        "M": (("提词器工厂", "演播设备制造商", "提词器OEM工厂"),
              ("teleprompter factory", "broadcast equipment maker", "prompter OEM"),
              ("年产提词器15万台，从手机款到演播室款都有", "装配线5条", "接受贴牌，最小批量50台"),
              ("150,000 prompters a year, from phone units to studio rigs", "5 assembly lines", "private-label batches from 50 units")),
        "D": (("广电设备经销商", "视听设备进口商", "提词器品牌代理商"),
              ("broadcast equipment dealer", "audiovisual equipment importer", "prompter distributor"),
              ("服务电视台和演播室600家", "常备视听设备3500种", "年销提词器8000台"),
              ("600 broadcaster and studio accounts", "3,500 audiovisual lines in stock", "8,000 prompters sold a year")),
        "E": (("电视新闻频道", "高校融媒体中心", "财经节目制作公司"),
              ("TV news channel", "university media center", "finance show producer"),
              ("演播室9个", "每年出节目1200期", "日更节目3档"),
              ("9 studios", "1,200 episodes a year", "3 daily shows")),
        "material": (("分光玻璃", "显示面板", "无线翻页器"), ("beam splitter glass", "display panels", "wireless remotes")),
        "places": (("余杭", "张家港", "高淳"), ("Yuhang", "Zhangjiagang", "Gaochun")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("纽约州锡拉丘兹", "Syracuse, New York"), ("佛罗里达州萨拉索塔", "Sarasota, Florida"),
             ("北卡罗来纳州威尔明顿", "Wilmington, North Carolina"), ("加利福尼亚州格伦代尔", "Glendale, California"),
             ("密歇根州安娜堡", "Ann Arbor, Michigan"), ("佛罗里达州盖恩斯维尔", "Gainesville, Florida"),
             ("阿肯色州费耶特维尔", "Fayetteville, Arkansas"), ("路易斯安那州拉斐特", "Lafayette, Louisiana"),
             ("佛罗里达州塔拉哈西", "Tallahassee, Florida"), ("俄亥俄州阿克伦", "Akron, Ohio"),
             ("宾夕法尼亚州斯克兰顿", "Scranton, Pennsylvania"), ("缅因州班戈", "Bangor, Maine"),
             ("马萨诸塞州伍斯特", "Worcester, Massachusetts"), ("康涅狄格州纽黑文", "New Haven, Connecticut"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("原材料供应商", "上游供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商"), "E": ("终端用户", "最终用户", "直接客户")},
    "en": {"R": ("materials supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "end customer", "direct buyer")},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text).
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "美国本土的{n}", "一家美国{n}", "有规模的美国{n}", "口碑好的美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} based in the US", "a sizable US {n}", "a well-regarded American {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} in China", "a China-based {n}", "a sizable Chinese {n}", "a well-regarded Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "中国本土的{n}", "一家中国{n}", "有规模的中国{n}", "口碑好的中国{n}"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产的{n}", "美国进口的{n}", "美国货源的{n}"),
    ("CN", "en"): ("US-made {n}", "{n} made in the US", "{n} sourced from the US"),
    ("US", "en"): ("Chinese-made {n}", "{n} made in China", "{n} sourced from China"),
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
    "zh": {"cue": ("{it}正在寻找{want}的稳定货源。", "{it}在找{want}，想先拿样品测试。", "{it}寻求{want}的长期供应合同。"),
           "named": ("{want}：用量稳定，供货方待定。", "{it}眼下卡在{want}上。", "{it}今年最想落实的一项采购是{want}。")},
    "en": {"cue": ("{It} is looking for a steady source of {want}.", "{It} seeks {want}, starting with test samples.", "{It} hopes to find {want} under a yearly contract."),
           "named": ("{want_cap}: steady volume, supplier not yet chosen.", "What holds {it} up right now: {want}.", "The purchase {it} most wants settled this year: {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want); impersonal or third person. Slots: cty cty_adj
# product use mat mat_own. No template leans on the grammatical number of {product} or {mat}.
PLANS = {
    ("R", "M"): {"zh": ("公司打算让自产的{mat_own}用到{cty}的{product}生产上，先从一条产线试起。",
                        "今年{mat_own}准备拿出两成产量，专门供{cty}生产{product}。",
                        "新产能投产后，{mat_own}主要打算供{cty}做{product}。"),
                 "en": ("It wants its {mat_own} to go into {product} built in {cty}, one production line to start.",
                        "A fifth of this year's output of {mat_own} is set aside for {product} built in {cty}.",
                        "Once the new capacity runs, most of its {mat_own} is meant for {product} built in {cty}.")},
    ("M", "R"): {"zh": ("明年起，{mat}打算改由{cty}供应，先试用半年。",
                        "{mat}下半年起转向{cty}采购，目标是把成本压下来一成。",
                        "新品先换用{cty}出产的{mat}，老产品随后跟进。"),
                 "en": ("Starting next year, it will buy {mat} from {cty}, after a six-month trial.",
                        "From the second half, {mat} will be bought in {cty}, with a target of ten percent lower cost.",
                        "New products switch to {mat} made in {cty} first; older ones follow.")},
    ("M", "D"): {"zh": ("明年想让{product}摆上{cty}各地的货架，仓储配送全部交给当地去做。",
                        "今年的头号目标是把{product}铺进{cty}的零售网点，自己不在那边设仓库。",
                        "计划一年内让{cty}各地的买家都能从当地库存拿到它的{product}。"),
                 "en": ("It wants its {product} on shelves across {cty} next year, with storage and delivery handled by someone local.",
                        "Top goal this year: its {product} in {cty_adj} retail outlets, with no warehouse of its own there.",
                        "Within a year, buyers anywhere in {cty} should be able to get its {product} from local stock.")},
    ("M", "E"): {"zh": ("以后{product}准备直接供给{cty}那些{use}的单位，省掉中间一层。",
                        "明年想跟{cty}几家{use}的大单位签直供协议。",
                        "目标是让{cty}{use}的单位直接向它订货。"),
                 "en": ("Going forward it wants to supply {product} straight to organizations in {cty} that {use}, cutting out the middle layer.",
                        "Next year it aims for direct supply deals with a few large outfits in {cty} that {use}.",
                        "The goal is for organizations in {cty} that {use} to order from it directly.")},
    ("D", "M"): {"zh": ("明年的产品目录要新增一组{cty}出产的{product}，定价低一档。",
                        "打算把{cty}造的{product}换上自有品牌来卖。",
                        "下季度起，{product}改成直接到{cty}的源头拿货。"),
                 "en": ("Next year's catalog adds a range of {product} made in {cty}, priced a notch lower.",
                        "It intends to sell {cty_adj}-made {product} under its own label.",
                        "From next quarter its {product} will be bought at the source in {cty}.")},
    ("D", "E"): {"zh": ("今年打算把仓库里的{product}直接供给{cty}那些{use}的单位。",
                        "接下来要在{cty}发展一批{use}的固定客户，每月补一次货。",
                        "今年想让{cty}{use}的单位都改从它这里进{product}。"),
                 "en": ("This year it plans to sell the {product} in its warehouse directly to organizations in {cty} that {use}.",
                        "Next it wants a set of repeat accounts in {cty} among organizations that {use}, restocked every month.",
                        "This year it wants organizations in {cty} that {use} to buy their {product} from it.")},
    ("E", "M"): {"zh": ("下一批{product}准备拿自家图纸到{cty}直接定制。",
                        "明年起{product}要在{cty}按自己的规格专门生产，不再买市面上的通用款。",
                        "公司准备在{cty}出资开一套专用模具，{product}按它的要求来做。"),
                 "en": ("It plans to take its own drawings to {cty} and have the next batch of {product} built to them.",
                        "From next year it wants {product} made in {cty} to its own spec rather than bought off the shelf.",
                        "It is ready to pay for dedicated tooling in {cty}, with {product} made to its own requirements.")},
    ("E", "D"): {"zh": ("今后{product}想在{cty}就近补现货，十天以内送到。",
                        "今年起{product}改为从{cty}本地库存小批量、多批次补货。",
                        "不再等整柜海运了，{product}打算就在{cty}提现货。"),
                 "en": ("From now on it wants {product} replenished from stock already in {cty}, delivered within ten days.",
                        "This year it will reorder {product} in small, frequent lots from inventory held in {cty}.",
                        "Instead of waiting on full containers, it wants its {product} from ready stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}这回不在考虑范围内。", "眼下不打算和{neg}打交道。", "和{neg}合作的事暂不讨论。", "{neg}目前用不上。"),
    "en": ("{plural_cap} are not part of this.", "It is not dealing with {plural} for now.", "No {plural} at this point.",
           "{plural_cap} are not needed at present."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户中有{c1}、{c2}等{k}家{cnoun}。", "目前主要供货给{cnoun}，例如{c1}和{c2}。", "{c1}、{c2}两家{cnoun}长期从它这里拿货。"),
    "en": ("Current accounts include {k} {cnoun_pl}, among them {c1} and {c2}.",
           "Most of its sales go to {cnoun_pl} such as {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, buy from it regularly."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("华影", "联创", "星耀", "光合", "锦程", "天瑞", "启明", "众诚"),
    "en": ("Whitcombe", "Harrowgate", "Delacroix", "Brennan", "Okafor", "Lindqvist", "Mercado", "Tolliver"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Ways of writing, all by a provider of one service to the company. Each: offer templates; want
# templates of three kinds ("cue": with a verb of seeking, "named": naming the partner without
# one, "plan": a frame around an implied plan); neutral middle lines; header lines and trailing
# lines ("!" marks a closing line). Slots: name it It its Its noun detail place year age year2
# month month_zh d k m pct person who whos title staff want want_cap plan. Chinese templates
# use {it} and {name}, never the English possessive {its}.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "brandname": {  # a naming agency's brief for a new outward-facing brand name
        "zh": {
            "offer": ("委托方：{name}，{place}的{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，想给对外使用的品牌重新起个名字。",
                      "对接人{person}（{name}{title}）。委托方为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，一直没有统一的对外品牌名。",
                      "客户{name}（{noun}）{detail}，现用名称在海外不好念也不好记。",
                      "{name}在{place}经营了{age}年，{detail}；这次要做的是对外名称的重新命名。"),
            "cue": ("命名背景：{it}正在寻找{want}，新名字要让对方一看就明白是做什么的。",
                    "{who}说，公司在物色{want}，名字在对方的语言里不能有歧义。",
                    "{it}寻求与{want}建立合作，品牌名要显得专业、靠得住。",
                    "据{who}介绍，{it}在找{want}，备选名要先在对方市场查一遍有没有重名。"),
            "named": ("新名字主要说给谁听：{want}。",
                      "{who}问：几个备选名里，哪个让{want}听了最顺耳？",
                      "{it}要求新名字出现在写给{want}的第一封信里时站得住。",
                      "验收标准：{want}看到名字就愿意回{it}的邮件。"),
            "plan": ("命名背景：{plan}", "{who}在会上讲了缘由：{plan}", "名字要服务的计划：{plan}", "{it}的打算：{plan}"),
            "mid": ("首轮提交备选名10个，复审后留3个。", "需同步查询域名能否注册。", "名字以两到三个音节为宜，好拼写。", "费用分两期支付。"),
            "head": ("品牌命名需求单", "命名项目｜编号MM{year2}{k}{d}", "命名会议记录（{month_zh}月{d}日）"),
            "tail": ("两周内提交首轮备选名。", "本需求单内容保密。", "!命名顾问：{staff}"),
        },
        "en": {
            "offer": ("Client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) wants a new name for the brand it shows the outside world.",
                      "Brief taken from {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, has never had one consistent brand name; {detail}.",
                      "{name} ({detail}) finds its current name hard to say and hard to remember abroad.",
                      "{name} has been a {noun} for {age} years; {detail}. The job is a rename."),
            "cue": ("Naming context: {it} is looking for {want}, and the name has to tell them at a glance what the company does.",
                    "{who} said {it} seeks {want}, so the name must carry no odd meaning in their language.",
                    "{It} hopes to find {want} this year; the name should sound established, not new.",
                    "Per {who}, {it} is trying to find {want} and wants the shortlist checked against names already in use there."),
            "named": ("Primary audience for the name: {want}.",
                      "{who} asked which candidate would land best with {want}.",
                      "The name has to hold up in {its} first letter to {want}.",
                      "Success test: the name sticks with {want} after one call."),
            "plan": ("Naming background: {plan}", "{who} laid out the reason. {plan}", "The plan the name has to serve: {plan}", "{Its} reasoning: {plan}"),
            "mid": ("First round: ten candidates, three kept after review.", "Domain availability to be checked alongside.", "Two or three syllables, easy to spell.", "Fee in two installments."),
            "head": ("BRAND NAMING BRIEF", "Naming project · Brief {year2}-{k}{d}", "Naming session notes ({month} {d})"),
            "tail": ("First shortlist due in two weeks.", "Brief is confidential.", "!Naming lead: {staff}"),
        },
    },
    "crmsetup": {  # a sales software implementation consultant's discovery notes
        "zh": {
            "offer": ("客户：{name}，{place}的{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，购买了{m}个用户账号。",
                      "调研对象{person}（{name}{title}）。客户为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，此前客户信息都记在表格里。",
                      "客户{name}（{noun}）{detail}，销售团队{k}人。",
                      "{name}，{detail}；系统计划下月上线。"),
            "cue": ("业务重点：{it}正在寻找{want}，系统要能跟踪每一家从首次联系到签约的进展。",
                    "{who}说，公司在物色{want}，每周要能看到新接触了几家。",
                    "{it}寻求与{want}合作，客户档案里要加上对方规模和所在地区两个字段。",
                    "据{who}介绍，{it}在找{want}，现有线索要先导入系统再分给销售。"),
            "named": ("系统里第一个要建的客户分组：{want}。",
                      "{who}问：能不能给{want}单独设一套跟进流程？",
                      "看板首页要显示本月新接触的{want}有几家。",
                      "{it}眼下在谈的商机，对象全是{want}。"),
            "plan": ("调研中了解到的业务背景：{plan}", "{who}在调研会上说：{plan}", "流程设计依据：{plan}", "{it}今年的重点：{plan}"),
            "mid": ("需迁移的历史数据约{k}00条。", "手机端和电脑端都要用。", "培训安排两次，每次半天。", "需与企业邮箱打通。"),
            "head": ("销售管理系统实施调研记录", "实施项目｜编号SS{year2}{k}{d}", "需求调研会纪要（{month_zh}月{d}日）"),
            "tail": ("下周出流程方案初稿。", "调研记录仅供实施团队内部使用。", "!实施顾问：{staff}"),
        },
        "en": {
            "offer": ("Customer: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) bought {m} user seats.",
                      "Discovery session with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, has kept every account in spreadsheets until now; {detail}.",
                      "{name} ({detail}) has a sales team of {k}.",
                      "Account {name}, {place}: {noun}, {detail}. Go-live planned for next month."),
            "cue": ("Main use case: {it} is looking for {want}, and each prospect has to be tracked from first contact to signed deal.",
                    "{who} said {it} seeks {want} and wants a weekly count of new conversations.",
                    "{It} hopes to find {want}; prospect records need fields for size and region.",
                    "Per {who}, {it} is trying to find {want}, so existing leads get imported and assigned first."),
            "named": ("First prospect segment to build: {want}.",
                      "{who} asked for a separate follow-up workflow just for {want}.",
                      "Dashboard home view: new conversations with {want} this month.",
                      "Every open deal at {it} right now is with {want}."),
            "plan": ("Business context from discovery: {plan}", "{who} described the year ahead. {plan}", "Workflow design follows this: {plan}", "{Its} priority this year: {plan}"),
            "mid": ("About {k}00 records to migrate.", "Needed on phone and desktop.", "Two half-day training sessions.", "Email integration required."),
            "head": ("SALES SOFTWARE DISCOVERY NOTES", "Implementation · Project {year2}-{k}{d}", "Requirements workshop ({month} {d})"),
            "tail": ("Draft workflow next week.", "For the implementation team only.", "!Implementation consultant: {staff}"),
        },
    },
    "virtoffice": {  # a business address and call answering provider's sign-up record
        "zh": {
            "offer": ("开户客户：{name}，{place}，{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，开通了商务地址加电话代接套餐。",
                      "联系人{person}（{name}{title}）。客户为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，此前在当地没有任何办公地址。",
                      "客户{name}（{noun}）{detail}，签了{m}个月的套餐。",
                      "{name}，{detail}；信件每周转寄一次。"),
            "cue": ("开通原因：{it}正在寻找{want}，需要一个当地地址印在名片和报价单上。",
                    "{who}说，公司在物色{want}，对方的来信来电要有人代收代接。",
                    "{it}寻求与{want}合作，希望对方一查就能看到本地地址。",
                    "据{who}介绍，{it}在找{want}，代接电话时请统一报公司全称。"),
            "named": ("代接话术：来电如是{want}，请记下姓名和电话，当天转告。",
                      "{who}问：{want}寄来的样品和资料能不能先代收？",
                      "地址主要用途：给{want}寄资料、约见面。",
                      "{it}预计来访的主要是{want}。"),
            "plan": ("开通背景：{plan}", "{who}在签约时提到：{plan}", "套餐选择依据：{plan}", "{it}的考虑：{plan}"),
            "mid": ("会议室每月可免费使用4小时。", "信件扫描后发邮件通知。", "代接时段为工作日9点到18点。", "服务费按季度预付。"),
            "head": ("海外商务地址服务登记表", "商务地址｜客户编号DZ{year2}{k}{d}", "开户回访记录（{month_zh}月{d}日）"),
            "tail": ("地址启用后发送确认函。", "客户资料仅供本中心使用。", "!客户专员：{staff}"),
        },
        "en": {
            "offer": ("New client: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) took the address-plus-phone-answering plan.",
                      "Sign-up call with {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, has had no address in this country until now; {detail}.",
                      "{name} ({detail}) signed up for {m} months.",
                      "Client {name}, {place}: {noun}, {detail}. Mail forwarded weekly."),
            "cue": ("Reason for the address: {it} is looking for {want} and needs a local address on its cards and quotes.",
                    "{who} said {it} seeks {want}; calls and letters from them must be answered in the company's name.",
                    "{It} hopes to find {want}, and a local address should make it look established to them.",
                    "Per {who}, {it} is trying to find {want}; receptionists should take messages in full."),
            "named": ("Call script: if the caller is {want}, take name and number and pass it on the same day.",
                      "{who} asked whether samples and documents sent by {want} can be held at reception.",
                      "Main use of the address: mailings to {want} and meetings with them.",
                      "{It} expects its first visitors to include {want}."),
            "plan": ("Sign-up background: {plan}", "{who} explained the move. {plan}", "Plan chosen for this reason: {plan}", "{Its} thinking: {plan}"),
            "mid": ("Four free meeting room hours a month.", "Mail scanned and emailed on arrival.", "Phones answered weekdays, 9 to 6.", "Billed quarterly in advance."),
            "head": ("VIRTUAL OFFICE SIGN-UP", "Business address · Client {year2}-{k}{d}", "Welcome call notes ({month} {d})"),
            "tail": ("Confirmation letter once the address is live.", "Client details for center staff only.", "!Client manager: {staff}"),
        },
    },
    "adinsert": {  # a trade magazine's insertion order, taken by its ad sales staff
        "zh": {
            "offer": ("广告主：{name}，{place}的{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，订了内页半版，连登{m}期。",
                      "对接人{person}（{name}{title}）。广告主为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，第一次在行业杂志上做广告。",
                      "广告主{name}（{noun}）{detail}，去年在本刊登过一期。",
                      "{name}，{detail}；广告稿由客户自己提供。"),
            "cue": ("投放目的：{it}正在寻找{want}，广告要登在对方常看的栏目旁边。",
                    "{who}说，公司在物色{want}，广告上要留一个专用的联系邮箱。",
                    "{it}寻求与{want}合作，想借本刊的读者群打开局面。",
                    "据{who}介绍，{it}在找{want}，希望同期配一篇企业介绍。"),
            "named": ("目标读者：{want}。",
                      "{who}问：本刊读者里{want}大概占多少？",
                      "广告标题已定：诚邀{want}洽谈合作。",
                      "{it}最想让{want}看到这则广告。"),
            "plan": ("投放背景：{plan}", "{who}在电话里说明了投放原因：{plan}", "版位选择依据：{plan}", "{it}的想法：{plan}"),
            "mid": ("广告稿需在截稿日前三天提交。", "另送电子版推送一次。", "刊例价八五折。", "版位靠近行业新闻栏目。"),
            "head": ("杂志广告刊登委托单", "广告业务｜合同编号GG{year2}{k}{d}", "客户来电记录（{month_zh}月{d}日）"),
            "tail": ("出刊后寄送样刊。", "版位以编辑部最终排版为准。", "!广告业务员：{staff}"),
        },
        "en": {
            "offer": ("Advertiser: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) booked a half page for {m} issues.",
                      "Order taken from {person}, {title} at {name}. The advertiser is a {noun}: {detail}.",
                      "{name}, founded {year}, is advertising in a trade magazine for the first time; {detail}.",
                      "{name} ({detail}) ran one issue with us last year.",
                      "Advertiser {name}, {place}: {noun}, {detail}. Artwork supplied by the client."),
            "cue": ("Campaign aim: {it} is looking for {want}, so the ad should sit in the section they read most.",
                    "{who} said {it} seeks {want}; the ad gets its own reply email address.",
                    "{It} hopes to find {want} through our readership.",
                    "Per {who}, {it} is trying to find {want} and would like a company profile in the same issue."),
            "named": ("Target readers: {want}.",
                      "{who} asked how many of our readers would count as {want}.",
                      "Headline as supplied: an invitation to {want} to talk business.",
                      "The one reader {it} most wants to reach: {want}."),
            "plan": ("Campaign background: {plan}", "{who} explained the booking. {plan}", "Placement reflects this: {plan}", "{Its} reasoning: {plan}"),
            "mid": ("Artwork due three days before close.", "Includes one newsletter placement.", "Rate card less 15 percent.", "Placed next to the industry news section."),
            "head": ("TRADE MAGAZINE INSERTION ORDER", "Ad sales · Order {year2}-{k}{d}", "Advertiser call notes ({month} {d})"),
            "tail": ("Tear sheets mailed after publication.", "Final position at the editor's discretion.", "!Account executive: {staff}"),
        },
    },
    "giftorder": {  # a custom gift studio's order for gifts the company will hand out
        "zh": {
            "offer": ("下单客户：{name}，{place}的{noun}，{detail}。",
                      "{name}是一家{noun}，{detail}，定制礼盒{k}0套，盒面印公司标志。",
                      "联系人{person}（{name}{title}）。客户为{noun}，{detail}。",
                      "{name}成立于{year}年，{detail}，这是第一次定做伴手礼。",
                      "客户{name}（{noun}）{detail}，每个礼盒里要放一张产品介绍卡。",
                      "{name}，{detail}；交货期定在{month_zh}月{d}日前。"),
            "cue": ("送礼场合：{it}正在寻找{want}，礼盒在首次见面时送出。",
                    "{who}说，公司在物色{want}，礼品要有地方特色，但不能太贵重。",
                    "{it}寻求与{want}合作，礼盒里附中英双语的公司介绍。",
                    "据{who}介绍，{it}在找{want}，礼品要能随身带上飞机。"),
            "named": ("收礼对象：{want}。",
                      "{who}问：送给{want}的礼品，有没有什么忌讳？",
                      "卡片内容请按初次拜访{want}的场合来写。",
                      "{it}这批礼品都是给{want}准备的。"),
            "plan": ("定制背景：{plan}", "{who}在下单时说：{plan}", "礼品选择依据：{plan}", "{it}的安排：{plan}"),
            "mid": ("礼盒外包装用深蓝色布纹纸，附手提袋。", "打样确认后七天出货。", "定金五成，余款发货前付清。", "卡片文字由客户提供。"),
            "head": ("伴手礼定制单", "礼品定制｜订单号LP{year2}{k}{d}", "客户下单电话记录（{month_zh}月{d}日）"),
            "tail": ("三天内出设计稿。", "成品颜色以实物为准。", "!礼品顾问：{staff}"),
        },
        "en": {
            "offer": ("Customer: {name}, a {noun} in {place}; {detail}.",
                      "{name} ({noun}; {detail}) ordered {k}0 gift sets with its logo on the lid.",
                      "Order placed by {person}, {title} at {name}. The company is a {noun}: {detail}.",
                      "{name}, founded {year}, is ordering branded gifts for the first time; {detail}.",
                      "{name} ({detail}) wants a product card inside every box.",
                      "Customer {name}, {place}: {noun}, {detail}. Delivery needed by {month} {d}."),
            "cue": ("Occasion: {it} is looking for {want}, and the sets go out at first meetings.",
                    "{who} said {it} seeks {want}; the gifts should feel local and modest, nothing lavish.",
                    "{It} hopes to find {want} on an upcoming trip, so the boxes must fit in a carry-on.",
                    "Per {who}, {it} is trying to find {want} and wants a bilingual card in each set."),
            "named": ("Recipients: {want}.",
                      "{who} asked whether anything is best avoided in a gift for {want}.",
                      "Card text to suit a first visit to {want}.",
                      "Every set in {its} order is meant for {want}."),
            "plan": ("Order background: {plan}", "{who} gave the reason for the order. {plan}", "Gift choice follows the plan: {plan}", "{Its} reason for ordering: {plan}"),
            "mid": ("Boxes wrapped in navy linen-finish paper, gift bag included.", "Ships seven days after sample approval.", "Half down, balance before shipping.", "Card text supplied by the customer."),
            "head": ("GIFT SET ORDER", "Gift studio · Order {year2}-{k}{d}", "Order call notes ({month} {d})"),
            "tail": ("Design proof within three days.", "Colors may vary slightly from screen.", "!Gift consultant: {staff}"),
        },
    },
}  # fmt: skip

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("晟", "昊", "泓", "睿", "铭", "朗", "煜", "澜", "弘", "峻", "恺", "璟", "晖", "钧", "沐", "曜")  # fmt: skip
ZH_SUFFIX = {"neutral": ("有限公司", "实业有限公司", "股份有限公司", "科技有限公司"),
             "R": ("新材料有限公司", "材料有限公司", "零部件有限公司"),
             "M": ("制造有限公司", "工业有限公司", "精工有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "贸易有限公司"),
             "E": ("文化传媒有限公司", "影视服务有限公司", "运营管理有限公司")}  # fmt: skip
PINYIN = ("Shenghao", "Hongrui", "Minglang", "Yulan", "Hongjun", "Kaijing", "Huijun", "Muyao", "Ruiming", "Langyu")  # fmt: skip
CN_EN_WORD = {"neutral": ("",), "R": (" Materials", " Components"), "M": (" Manufacturing", " Industrial"),
              "D": (" Trading", " Import & Export"), "E": (" Media", " Services")}  # fmt: skip
EN_WORDS = ("Abernathy", "Blackwood", "Carrington", "Donnelly", "Ellsworth", "Fairbanks", "Gresham", "Holloway",
            "Ivesdale", "Jardine", "Kensworth", "Lockhart", "Merriweather", "Northcott", "Ormsby", "Prescott",
            "Radcliffe", "Stanhope")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Materials", "Supply Co.", "Components"),
             "M": ("Manufacturing", "Fabrication", "Works"),
             "D": ("Distribution", "Wholesale", "Imports"),
             "E": ("Media", "Productions", "Studios")}  # fmt: skip
# People: (full name, casual short form, formal short form), by side and language.
PEOPLE = {
    ("CN", "zh"): (("周海峰", "周海峰", "周海峰"), ("林雅琴", "林雅琴", "林雅琴"), ("孙志远", "孙志远", "孙志远"),
                   ("高慧敏", "高慧敏", "高慧敏"), ("罗建新", "罗建新", "罗建新"), ("谢文静", "谢文静", "谢文静")),
    ("CN", "en"): (("Zhou Haifeng", "Zhou Haifeng", "Zhou"), ("Lin Yaqin", "Lin Yaqin", "Lin"), ("Sun Zhiyuan", "Sun Zhiyuan", "Sun"),
                   ("Gao Huimin", "Gao Huimin", "Gao"), ("Luo Jianxin", "Luo Jianxin", "Luo")),
    ("US", "en"): (("Megan Hollister", "Megan", "Hollister"), ("Derek Sandoval", "Derek", "Sandoval"), ("Kristen Albright", "Kristen", "Albright"),
                   ("Tyler Okonkwo", "Tyler", "Okonkwo"), ("Dana Whitfield", "Dana", "Whitfield"), ("Carlos Ybarra", "Carlos", "Ybarra"),
                   ("Heather Lindgren", "Heather", "Lindgren"), ("Jamal Price", "Jamal", "Price")),
    ("US", "zh"): (("Megan Hollister", "Megan Hollister", "Megan Hollister"), ("Derek Sandoval", "Derek Sandoval", "Derek Sandoval"),
                   ("Jamal Price", "Jamal Price", "Jamal Price")),
}  # fmt: skip
CASUAL = {"crmsetup", "giftorder"}  # ways of writing calling a person by the casual short form
LINED = {"virtoffice", "adinsert"}  # form-like ways of writing, more often one item a line
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购经理", "供应链总监", "采购部长"), "down": ("海外销售总监", "国际业务经理", "外贸经理"),
           "any": ("总经理", "董事长", "创始人")},
    "en": {"up": ("purchasing manager", "director of procurement", "supply chain lead"),
           "down": ("international sales director", "export manager", "head of business development"),
           "any": ("CEO", "president", "managing director")},
}  # fmt: skip
STAFF = {
    "zh": ("邓琳", "韩磊", "苏畅", "魏嘉"),
    "en": ("K. Ashworth", "R. Delgado", "P. Lindholm", "S. Okoro"),
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
        "staff": rng.choice(STAFF[lang]),
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
            assert len(t["offer"]) >= 6 and all(len(t[c]) >= 4 for c in CUES), (genre, lang)
            assert len(t["mid"]) >= 4, (genre, lang)
            if lang == "zh":  # the English possessive has no place in Chinese text
                assert not any(
                    "{its}" in x or "{Its}" in x or "{whos}" in x for v in t.values() for x in v
                )
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
