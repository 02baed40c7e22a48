# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-sixth held-out ROLE set: ``roles_holdout36.json`` / ``roles_holdout36_gold.json``.

    python bench/recommend/make_holdout36.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study, comparison or
speed script, no ``*.json`` content (``check`` only searches the other files for this set's
ids; this set's own output was looked at only through ``build()``), and no Python importing
the engine was run. Only ``make_holdout35.py`` was read in full (format, construction and check
code: its layout, gold and check code is copied here, not imported, with the changes listed
below); of the other ``make_*.py`` only the module docstrings were read, to keep the chains and
the kinds of text new; of ``/tmp/nv`` only ``chainkeys.txt``, the 495 earlier chain keys
(``_EARLIER``; ``check`` asserts that no key of this set is among them); of ``pyproject.toml``
only the ruff settings. The id prefixes ``q7cn`` / ``q7us`` occur in no other file (``grep -l
'"q7' bench/recommend/*.json`` printed no file before this set was written; ``check`` asserts
it over every ``*.json`` beside this script). Nothing may be fitted or tuned on this set.

What it tests, as set 35 does: profiles written by the companies themselves, in free text
only, in both languages; a Chinese maker seeking a US distributor must find that distributor
above US makers of the same goods that seek distributors too. New here: a domain no earlier set
used (automotive service equipment: what a repair shop's floor is fitted with) and three kinds
of company-written text no earlier generator's docstring names (an open letter to partners,
the "who we are" text of a careers page, the description of the company's own video channel).

Novelty, checked with ``grep -ilF`` over ``bench/recommend/make_*.py`` and
``bench/recommend/*.json``, printing file names only. Every product (under each of its trade
names), end-user phrase, role noun, detail and material of the chains below, the sectors, the
Chinese places, the US cities (English and Chinese), the name parts (every generated company
name, its two-character core or its first two words), customers' and people's names and the
header, filler and closing lines of the templates, English and Chinese, was grepped as a full
phrase (1,070 phrases in the last pass): none matches but the header shared with many sets
(公司简介, About Us) and single words inside longer lines (Contact, Founded, staff, employees,
Stand, Hall, Section, Questions, times, people). The words of the new kinds matched nothing
(致合作伙伴, 各位合作伙伴, 致各位新老朋友, open letter, An Open Letter to Our Partners, To Our Partners, Dear
Friends and Partners, 再次感谢各位的信任与支持; 加入我们, 为什么加入我们, 人才与发展, Join Our Team, Work With Us, Why Join
Us, 带薪年假, paid time off, health coverage, Current openings are listed below; 视频号, 企业号, 企业号简介,
视频号简介, 官方视频号, About this channel, Official channel of, Official Channel, Channel Info, 商务合作,
Business inquiries, 主页合集, playlist) but single words kept inside those clean phrases: channel
(many sets, as a sales channel), 简历 (corpus 5, sets 19, 23, 26: job postings; here only in
简历请发送至人事部), 留言 (corpora 7, 10, 13, sets 14-27), 实拍 (corpora 7, 17, set 30), new positions and
new hires (sets 20, 30). Matched and not used: 一封信 (set 33), Dear partners (set 24), careers
(corpus 5's job postings), Life at (corpora 7, 17), 频道 (sets 23, 33), subscribe / 订阅, 私信, 置顶,
五险一金, 401(k), 敬上, Sincerely, 关于我们. Replaced after a match: the chain words roll-forming (set
20), caster / 脚轮 (set 13), 支架 (corpus 13, sets 26, 27, 33; jack stands are 支撑架 here), 方管
(corpora 15, 17), saddle (many), boom (corpus 4, set 19), 转盘 (corpus 15), 减速机 / reducer (corpora
2, 11), 手持 (corpora 11, 15), lifting equipment (corpus 2's hoists; the sector is "Vehicle
lifting equipment"), rideshare fleet (set 21), fleet management company (set 32), forged (sets
6, 7, 16, 26, 35). Single words that match inside other text and are kept only inside longer
phrases that match nothing: 钢丝绳 (sets 6, 17; 平衡钢丝绳), 侧板 (set 8; 千斤顶冲压侧板), 吊架 (corpus 13, set 34;
发动机吊架), 主轴 (``make_roles.py``; 平衡机主轴总成), 靶 (sets 16, 35; 定位靶板), touchscreen (corpus 11; rugged
touchscreen), solvent (corpus 4; solvent parts washers), 汽修 (corpus 8, sets 13, 18, 22; 汽修工具批发商,
汽修零件清洗机), garage (corpus 8, set 30; garage equipment dealer), lift, jack, tire (corpus 8, sets
28, 29), shop and fleet (many). Replaced too: detail figures that an earlier text has word for
word (门店64家, 门店70家, 门店85家, 门店210家, 门店38家, 运营车辆8000台, 1,100 store accounts, 25 / 30 / 40 / 45
containers a year, private label from 300 units, and others); the places 任丘, 慈溪, 余姚, 北仑, 瑞安, 平阳,
苍南, 平度, Boxing (博兴), Changshan, 蒙哥马利, and the US cities Toledo, Fort Wayne, Springfield, Tulsa,
Knoxville, Chattanooga, Rockford, Wichita, Macon, Greenville, Lexington, Boise, Reno, Spokane,
Canton, Lincoln, Amarillo, Waco, Midland, Huntsville, Tyler, Mansfield, Lima; the name parts
Ashgrove, Copperline, Driftwood, Elmhurst, Granger, Hollister, Kestrel, Marlowe, Prescott,
Saltmarsh, Wexford, Harrowgate, Kettering, Stonebridge, Yardley, Haoyu, 润 (昊润, 嘉润); the
customers Delacroix, Fenwick, Galloway, Hathaway, Lockhart, Abernathy, Bancroft, Eastman,
Fairbanks, Gilmore, Harlan, 华骐, 顺昌, 鸿运; the people Dana Whitfield, Monica Reyes and the surnames
Castellano, Brennan, Tate, Lindgren, Mercado, Crandall, Kessler, Ellery, Brandt; the headers and
lines 公司概况, Company Overview, Company Profile, Exhibitor Profile, Directory |, 对接需求, 意向合作方,
Matchmaking form, Tell us about your business and who you want to meet, "这是公司第…次参展", 展位联系人, "We
have exhibited here", 会期内时间都可以, Happy to meet online or in person, ISO 9001 certified, We
employ, Family owned since, Member since, 我们的团队共有, Our team numbers, 公司创立于, 公司成立于, 总部位于, At a
Glance, About the Company, Company Background. Templates, plans, negations, served-customer
lines and material wants were written anew and their longer pieces grepped too; what they still
share with earlier sets are the cue phrases every set needs ("We are looking for", "is looking
for", "我们正在寻找", "hopes to find") and a few short generic pieces ("From next year", "Customers
include", "own drawings"). Titles (采购经理, President, Owner…) are common words and kept. Earlier
chain keys that occur here as plain words are other goods: aligner (dental aligners; here wheel
aligners), hoist (electric chain hoists; here engine hoists), compressor and pump (in the
materials recovery compressors and parts washer pumps), brake and tyre (brake pads, tyres; here
brake jobs and tire changers). The chain keys below occur in no text.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains of automotive service equipment, a domain no earlier set used (not the
  workplace safety supplies of set 35, the electrical installation supplies of set 34, the
  photo and video gear of set 33 or the vehicle aftermarket accessories of set 32), all goods
  China exports to the US in volume and the US makes and sells too: two-post car lifts, floor
  jacks, jack stands, engine hoists (vehicle lifting equipment); tire changers, wheel balancers,
  wheel aligners (tire and wheel service equipment); scan tools, A/C recovery machines, parts
  washers (shop service and diagnostic equipment). Keys: carlift, floorjack, jackstand,
  shopcrane, tirechanger, wheelbalancer, wheelaligner, scantool, acrecovery, partswasher.
  Stages R raw material or key component (hydraulic power unit maker, equalizer cable maker,
  jack pump unit maker, ratchet bar maker, long-ram jack maker, load leveler maker, mount head
  foundry, bead breaker cylinder maker, balancer shaft assembly maker, alignment target maker,
  turnplate maker, OBD connector maker, refrigerant scale maker, filter drier maker, parts
  washer pump maker, flow-through brush maker…), M maker, D distributor / importer / wholesaler
  / agent / dealer, E end buyer or user (used car reconditioning center, transmission repair
  chain, RV service center, mobile mechanic company, racing team, municipal vehicle maintenance
  center, classic car restoration shop, automotive trade school, self-service repair bay
  operator, engine remanufacturer, marine engine repair shop, heavy truck repair shop, tire
  store chain, mine fleet workshop, motorcycle service chain, wheel repair chain, ride-hailing
  fleet operator, luxury car service center, suspension and alignment chain, vehicle inspection
  station, delivery fleet maintenance center, used car inspection company, automotive technical
  college, fleet leasing company, auto air conditioning repair chain, transit bus maintenance
  base, motorcoach operator, diesel engine repair shop, farm machinery repair station, machine
  tool rebuilder). Each company is at one stage and seeks an adjacent one (R seeks M; M seeks
  R, D or E; D seeks M or E; E seeks M or D). Four, three and three chains per sector. The
  chains share buyers and words (shop, bay, fleet, vehicle), so the other chains of a sector
  are near misses.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q7cn001``... and ``q7us001``...
  shuffled within each side; gold partners (same chain, each one's stage what the other
  seeks, both ways), and beside every CN company's partner a US competitor (same stage, same
  want), a US company offering what it seeks but seeking something else and one wanting its
  goods but offering nothing it seeks (where the stages allow), then companies at other stages
  and of the other chains: constructed as in set 35 (``needs``, ``lay_out``), a layout kept only
  when every CN company has exactly one US partner (``check`` asserts it; 40 gold pairs).
* CN companies write mainland business Chinese (eight write English, spread over the kinds);
  US companies write English (seven write Chinese, one per kind). Free text only: no offer or
  seek codes, no stage words.
* Seven kinds of profile, all the company's own text, 5 or 6 CN and 10 US each: four kinds
  of set 35 with templates written anew — the "About us" paragraph of its directory page
  (公司简介, 企业概览 / About Us, Company Story; first person), an entry of the trade body's
  member directory (category line; third person, terse), an exhibitor or hosted-buyer profile
  in a fair catalogue (the company in the third person, the want in the first), the free-text
  field of a match-making request form (first person) — and three new ones: NEW, an open
  letter to partners on the company's website (致合作伙伴, 各位合作伙伴：/ An Open Letter to Our
  Partners, Dear Friends and Partners,: first person, "如果您是…，请与我们联系", "We hope this
  letter helps us find…", signed with title and name); NEW, the "who we are" text of its
  careers page (加入我们, 为什么加入我们 / Join Our Team, Work With Us: the business, then the
  partner the new staff will work with, benefits lines, "简历请发送至人事部", "Current openings
  are listed below"); NEW, the description of its own video channel (企业号简介, 视频号简介 /
  About this channel, Channel Info: "…官方视频号｜…", "Official channel of…", "欢迎留言", "Are
  you …? Message us.", "Business inquiries: …"). The chamber member profile of sets 34 and 35
  is not used. Per kind and language: six offer templates, four want templates of each of the
  two named kinds, two or three plan frames, four filler lines, headers and closing lines; the
  directory entries and match-making requests also have one-sentence forms holding both (8
  profiles).
* Profiles run from one to five sentences below an optional header. The goods go by their
  trade names and synonyms (two-post lifts, 龙门举升机; service jacks, 卧式千斤顶; 安全支撑架,
  ratcheting jack stands; folding shop cranes, 发动机吊车; 扒胎机, leverless tire changers; 电脑
  平衡机; 3D四轮定位仪, camera-based aligners; OBD2 scanners, 汽车解码器; 冷媒回收加注机,
  R-1234yf recovery units; aqueous parts washers, 溶剂清洗槽…), the partner by a role noun of
  its chain, by a role word and the goods, or only by role and country. Three kinds of want,
  two to two to one on each side: with a verb of seeking, naming the partner without one, and
  a plan that describes the partner by what it would do, with no role noun (plans, negations,
  served-customer lines and material wants written anew). ``check`` asserts that the cue words
  occur anywhere in a profile exactly when its want is of the first kind, and that no plan
  names a noun, specific or generic, of the stage sought.
* Hard cases as in set 35, with its checks and quotas: customers already served named in the
  profile (of a stage other than the one sought; 12), negated wants ("…这次就不用联系了",
  "暂不与…合作", "No …, please", "Not open to … at present"; 7), role words in company names
  that differ from the company's stage (9), wants naming only a generic role and the country
  (9), a maker's want named by its input material (5). The want comes first, in the middle or
  last. Head counts are kept above any count of people a profile gives.

Changes to set 35's code: the chains, places, names and all templates; the kinds of text
(``letter``, ``careers``, ``channel`` instead of ``member``, ``sponsor``, ``welcome``; the slots
``level`` and ``table`` dropped) and the check of the new kinds; the people counted in the
details (``PEOPLE_IN_DETAIL``) and the head counts (``STAFF_N``); a filler line giving the age
is treated like one giving the founding year (``USED_ONCE``); the checks of the 495 earlier
keys and of '"q7' in every other ``*.json``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20360521
NAME = "roles_holdout36"
PREFIX = {"CN": "q7cn", "US": "q7us"}

# Chain keys used by earlier sets (/tmp/nv/chainkeys.txt as given to this helper, 495 keys);
# none may be used here.
_EARLIER = (
    "acousticpanel acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer aistraw "
    "aligner almond am amenity anchor animation aquafilter aquaheater archery artflower "
    "backpack badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed "
    "bedtoolbox beef beer bellowsbox berry bicycle billiards bindwire biobag birdfeeder "
    "birdsnest blinds boardgame boba boiler bonsaitray boothsystem bottle bowling bpmonitor "
    "brake bridal cabinet cable cablegland cabletie cabletray calculator calfhutch camcage "
    "camper camslider candle carpet cart carton cartridgefuse carwash cashmere casket catheter "
    "catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair chalk changingstation "
    "charging chessset choppingboard chopstick cider climbhold clipper cnc coathanger cocoa "
    "coffee coldchain compressor cone confetticannon conveyor cookware cosmetics costume "
    "countertop countingframe cowbrush craftglitter crayon croquetset crowdbarrier crucible "
    "crusher cueglass cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk "
    "dialyzer diaper diffbox dinnerware doccam dogharness dressing driedfruit drillbit drip "
    "drone dropliner drumhead dryer drywall dumpling duvet earbuds eartag ebike ebus egg "
    "electrode electrolyser elecwinch elevator embhoop energydrink envelope epoxy esl "
    "evcharger excavator extinguisher eyelash eyewashstn eyewear fabricdye fallharness "
    "farrowcrate fastener faucet fencer fertilizer fgmesh film firework firstaidkit flatglass "
    "floorliner floorpad floss flour foamearplug foldfan footwear forklift formula fountainpen "
    "fries frozenveg furniture gardenstatue garlic garment gasdetector gearbox generics "
    "ginseng glassmosaic glove glueboard goalnet golf grabbar greenhouse greentea greetingcard "
    "grindwheel gripstand groundrod grout guitar gummy h2tank hairdryer hairdye hamaca handbag "
    "hangtag haynet hearingaid heatexchanger heatpump heatshrink heavybag helmet hinge "
    "hivisvest hoist honey horserug hose hotpot hotsauce hottub hullcraft hydcyl hydrant "
    "icecream iceskate imaging implant incense indgas infieldmix ink insectlight insulator "
    "intumescent inverter ivd jewelry jigsawpuzzle juice karaokeset kayak keg keypad keyscreen "
    "kimchi kitecraft knife knitneedle kombucha kscope ladder lanyard latexballoon laundry "
    "lcdmodule led ledstreet lensfilter lickblock lightgel lipbalm lithium localization locker "
    "lockoutkit loyly lubricant luggage magnet magnetwire mahjongtiles manhole mannequin "
    "marimbawood marinerope marotte massagechair mattress medal meddev microscope milkliner "
    "minibreaker mistmaker mlcc modeltrack moisturemeter mold mooncake mophead motor mountform "
    "mouthharp mower mushroom musicbox musicstand nailpolish netpen noodle nuts nylonyarn "
    "oatmilk oliveoil oring outletbox oven padlock paint pallet paperbag pasta pcb peach "
    "pencil perfume petfood phonecase phototripod piano pickle pickleball pictureframe "
    "pigfeeder pillow pinatacraft pingpong pipe pipette pipingtip piste playingcard popcorn "
    "posterminal pouch poultrydrinker powerchip powertool printing projscreen ptoshaft pump pv "
    "racking radiator railcar rainbarrel razor reagent rebar receiptroll reedcane reefer "
    "respmask ribbon rice ricecooker ricenoodle rigidbox ringlamp robot robotarm robovac "
    "rollerchain roofing rubbermulch saddle safetysign safetyspecs sandwichpanel sanitizer "
    "sausage sawblade scaffold scooter scrappaper scrubs seafood sealant seamlesspaper "
    "seatcover seating seaweed seedcoat sesameoil sewing shampoo shockabsorber shredder "
    "sidestep silk sink skidplate slatfloor smartlock snowchain snowpaw socks sodamaker "
    "solarheater soy soysauce sparkplug spcfloor spice spillkit sportswear spring stagedrape "
    "stagetruss stallmat stapler startelescope stickynote storage stretchfilm stroller sugar "
    "sunglasses sunscreen surfboard surgeprotector suture swimwear swingseat syringe tackle "
    "tamtam tape tea tennisracket tent terrestrial thermostat tile toiletpartition "
    "tonneaucover toothbrush towel toxinbinder toy tractionboard trampoline transformer "
    "treadmill treeshelter trekpole truckscale tuna turf turnout tyre ukulelekit umbrella "
    "upvcprofile urinalscreen valve vase vending vetvax vinegar violin visioncam vitamin "
    "wallcovering wallet wallreceptacle walnut wastecart wastewater watch water watermeter "
    "watertrough waxwrap weldwire wetwipe wheelchair whiteboard wig wind windcock window "
    "windowsqueegee windshade wine wiperblade wireconnector wrench xmastree yeast yogamat "
    "zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); the goods under their usual trade names (zh names, en
# names: the company's own goods for M, D and E, and what plans and role-and-goods wants name);
# what its end users do (zh, en; a relative-clause verb phrase, for the wants implied by a plan);
# per stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th
# noun; the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en).
# The keys are words no description contains (texts write "tire changers", never the key).
# ---------------------------------------------------------------------------------------------
LIFT = ("车辆举升与支撑设备", "Vehicle lifting equipment")
TIRE = ("轮胎与车轮服务设备", "Tire and wheel service equipment")
SHOP = ("保养与诊断设备", "Shop service and diagnostic equipment")
CHAINS: dict[str, dict[str, object]] = {
    "carlift": {
        "sector": LIFT,
        "product": (("双柱举升机", "汽车举升机", "龙门举升机", "双柱式汽车举升机"),
                    ("two-post car lifts", "vehicle lifts", "automotive lifts", "clear-floor two-post lifts")),
        "use": ("每天要把几十台车架起来修底盘", "put dozens of vehicles in the air for undercar work every day"),
        "R": (("液压动力单元厂", "平衡钢丝绳厂", "立柱冷弯型材厂"),
              ("hydraulic power unit maker", "equalizer cable maker", "lift column forming shop"),
              ("动力单元年产40万台", "钢丝绳年产6000万米", "型材年产8万吨"),
              ("400,000 power units a year", "60 million m of cable a year", "80,000 t of columns a year")),
        "M": (("举升机工厂", "汽车举升设备制造商", "举升机OEM工厂"),
              ("car lift factory", "vehicle lift maker", "car lift OEM"),
              ("年产举升机6万台", "产品通过ALI认证", "客户商标50台起订"),
              ("60,000 lifts a year", "ALI certified", "private label from 50 lifts")),
        "D": (("举升机进口商", "汽保设备批发商", "举升机代理商"),
              ("lift importer", "automotive service equipment wholesaler", "car lift distributor"),
              ("年进口举升机55个货柜", "安装队伍22支", "年出货举升机9000台"),
              ("55 containers of lifts a year", "22 install crews", "9,000 lifts shipped a year")),
        "E": (("二手车整备中心", "变速箱维修连锁", "房车维修中心"),
              ("used car reconditioning center", "transmission repair chain", "RV service center"),
              ("年整备车辆4万台", "门店67家", "维修工位90个"),
              ("40,000 cars reconditioned a year", "67 shops", "90 service bays")),
        "material": (("液压动力单元", "平衡钢丝绳", "立柱冷弯型材"),
                     ("hydraulic power units", "equalizer cables", "cold-formed lift columns")),
        "places": (("大石桥", "盖州", "老边"), ("Dashiqiao", "Gaizhou", "Laobian")),
    },
    "floorjack": {
        "sector": LIFT,
        "product": (("卧式千斤顶", "液压卧式千斤顶", "低位卧式千斤顶", "快速卧式千斤顶"),
                    ("floor jacks", "hydraulic floor jacks", "low-profile floor jacks", "service jacks")),
        "use": ("一天到晚要顶起车辆做刹车和底盘活", "jack up cars for brake and suspension jobs all day"),
        "R": (("千斤顶泵芯厂", "冲压侧板厂", "千斤顶密封件厂"),
              ("jack pump unit maker", "side plate stamping shop", "jack seal kit maker"),
              ("泵芯年产300万套", "侧板年产1200万片", "密封件年产5000万只"),
              ("3 million pump units a year", "12 million side plates a year", "50 million seals a year")),
        "M": (("千斤顶工厂", "千斤顶制造商", "千斤顶OEM工厂"),
              ("floor jack factory", "jack maker", "floor jack OEM"),
              ("年产卧式千斤顶250万台", "产品符合ASME PASE标准", "客户商标500台起订"),
              ("2.5 million jacks a year", "ASME PASE compliant", "private label from 500 jacks")),
        "D": (("千斤顶进口商", "汽配工具批发商", "千斤顶代理商"),
              ("jack importer", "auto tool wholesaler", "floor jack distributor"),
              ("年进口千斤顶70个货柜", "合作门店1150家", "年出货千斤顶30万台"),
              ("70 containers of jacks a year", "1,150 store accounts", "300,000 jacks shipped a year")),
        "E": (("上门修车服务公司", "赛车队", "市政车辆维修中心"),
              ("mobile mechanic company", "racing team", "municipal vehicle maintenance center"),
              ("服务车180辆", "技师45人", "维护车辆2600台"),
              ("180 service vans", "45 crew members", "2,600 vehicles maintained")),
        "material": (("千斤顶泵芯", "千斤顶冲压侧板", "千斤顶密封件"),
                     ("jack pump units", "stamped jack side plates", "jack seal kits")),
        "places": (("秀洲", "南湖", "王江泾"), ("Xiuzhou", "Nanhu", "Wangjiangjing")),
    },
    "jackstand": {
        "sector": LIFT,
        "product": (("安全支撑架", "汽车支撑架", "棘轮式支撑架", "千斤顶支撑架"),
                    ("jack stands", "ratcheting jack stands", "vehicle support stands", "pin-type jack stands")),
        "use": ("每天都有人钻到架起的车底下干活", "have people working under raised vehicles every day"),
        "R": (("棘齿条厂", "锁止棘爪厂", "冲压底座厂"),
              ("ratchet bar maker", "locking pawl maker", "stamped base shop"),
              ("棘齿条年产800万根", "棘爪年产1500万只", "底座年产600万只"),
              ("8 million ratchet bars a year", "15 million pawls a year", "6 million bases a year")),
        "M": (("支撑架工厂", "支撑架制造商", "支撑架OEM工厂"),
              ("jack stand factory", "jack stand maker", "jack stand OEM"),
              ("年产支撑架500万对", "每批产品做150%超载试验", "客户商标1000对起订"),
              ("5 million pairs a year", "every lot proof-tested at 150%", "private label from 1,000 pairs")),
        "D": (("起重工具进口商", "汽修工具分销商", "支撑架代理商"),
              ("lifting tools importer", "mechanics' tool distributor", "jack stand distributor"),
              ("年进口起重工具47个货柜", "业务员60人", "年出货支撑架40万对"),
              ("47 containers a year", "60 sales reps", "400,000 pairs shipped a year")),
        "E": (("老爷车修复工坊", "汽车职业培训学校", "自助修车工坊"),
              ("classic car restoration shop", "automotive trade school", "self-service repair bay operator"),
              ("年修复车辆120台", "实训工位200个", "自助工位75个"),
              ("120 cars restored a year", "200 training bays", "75 self-service bays")),
        "material": (("棘齿条", "锁止棘爪", "冲压底座"), ("ratchet bars", "locking pawls", "stamped stand bases")),
        "places": (("梅李", "支塘", "古里"), ("Meili", "Zhitang", "Guli")),
    },
    "shopcrane": {
        "sector": LIFT,
        "product": (("发动机吊架", "折叠式发动机吊机", "车间吊机", "发动机吊车"),
                    ("engine hoists", "folding shop cranes", "engine cranes", "2-ton engine hoists")),
        "use": ("经常要把发动机和变速箱从车上吊出来", "pull engines and transmissions out of vehicles every week"),
        "R": (("长行程液压油顶厂", "旋转吊钩厂", "发动机平衡器厂"),
              ("long-ram jack maker", "swivel hook maker", "load leveler maker"),
              ("油顶年产200万只", "吊钩年产900万只", "平衡器年产80万只"),
              ("2 million rams a year", "9 million hooks a year", "800,000 levelers a year")),
        "M": (("发动机吊架工厂", "发动机吊机制造商", "发动机吊架OEM工厂"),
              ("engine hoist factory", "engine hoist maker", "engine hoist OEM"),
              ("年产发动机吊架30万台", "吊臂可折叠，节省七成占地", "客户商标200台起订"),
              ("300,000 hoists a year", "folds to save 70% of floor space", "private label from 200 hoists")),
        "D": (("车间起重设备进口商", "车间设备批发商", "发动机吊架代理商"),
              ("shop lifting equipment importer", "shop equipment wholesaler", "engine hoist distributor"),
              ("年进口起重设备32个货柜", "仓库7座", "年出货吊架2.5万台"),
              ("32 containers a year", "7 warehouses", "25,000 hoists shipped a year")),
        "E": (("发动机再制造厂", "船用发动机维修厂", "重卡维修厂"),
              ("engine remanufacturer", "marine engine repair shop", "heavy truck repair shop"),
              ("年再制造发动机1.8万台", "维修技师85人", "维修工位48个"),
              ("18,000 engines rebuilt a year", "85 marine mechanics", "48 truck bays")),
        "material": (("长行程液压油顶", "旋转吊钩", "发动机平衡器"), ("long-ram hydraulic rams", "swivel hooks", "load levelers")),
        "places": (("霸州", "文安", "大城"), ("Bazhou", "Wen'an", "Dacheng")),
    },
    "tirechanger": {
        "sector": TIRE,
        "product": (("扒胎机", "轮胎拆装机", "全自动扒胎机", "无撬棒扒胎机"),
                    ("tire changers", "tire changing machines", "leverless tire changers", "wheel-clamp tire changers")),
        "use": ("每天要给大量车辆拆装、更换轮胎", "mount and demount hundreds of tires a week"),
        "R": (("拆装头精铸厂", "压胎气缸厂", "卡爪加工厂"),
              ("mount head foundry", "bead breaker cylinder maker", "clamping jaw machinist"),
              ("拆装头年产150万只", "气缸年产120万只", "卡爪年产400万只"),
              ("1.5 million mount heads a year", "1.2 million cylinders a year", "4 million jaws a year")),
        "M": (("扒胎机工厂", "轮胎拆装设备制造商", "扒胎机OEM工厂"),
              ("tire changer factory", "tire changer maker", "tire changer OEM"),
              ("年产扒胎机8万台", "可拆装30英寸轮胎", "客户商标30台起订"),
              ("80,000 machines a year", "handles wheels up to 30 inches", "private label from 30 machines")),
        "D": (("轮胎设备进口商", "轮胎服务设备分销商", "扒胎机代理商"),
              ("tire equipment importer", "tire service equipment distributor", "tire changer distributor"),
              ("年进口轮胎设备42个货柜", "售后工程师35人", "年出货扒胎机6000台"),
              ("42 containers a year", "35 field service engineers", "6,000 machines shipped a year")),
        "E": (("轮胎店连锁", "矿山车队维修车间", "摩托车维修连锁"),
              ("tire store chain", "mine fleet workshop", "motorcycle service chain"),
              ("门店226家", "矿卡140台", "门店37家"),
              ("226 stores", "140 haul trucks", "37 shops")),
        "material": (("拆装头", "压胎气缸", "卡爪"), ("mount-demount heads", "bead breaker cylinders", "turntable clamping jaws")),
        "places": (("鲅鱼圈", "站前", "西市"), ("Bayuquan", "Zhanqian", "Xishi")),
    },
    "wheelbalancer": {
        "sector": TIRE,
        "product": (("车轮平衡机", "轮胎平衡机", "车轮动平衡机", "电脑平衡机"),
                    ("wheel balancers", "tire balancers", "computer wheel balancers", "digital wheel balancers")),
        "use": ("每周要给几百个车轮做动平衡", "balance hundreds of wheels every week"),
        "R": (("主轴总成厂", "定位锥加工厂", "轮罩注塑厂"),
              ("balancer shaft assembly maker", "centering cone machinist", "wheel guard molder"),
              ("主轴总成年产50万套", "定位锥年产300万只", "轮罩年产60万只"),
              ("500,000 shaft assemblies a year", "3 million cones a year", "600,000 hoods a year")),
        "M": (("平衡机工厂", "车轮平衡机制造商", "平衡机OEM工厂"),
              ("wheel balancer factory", "wheel balancer maker", "balancer OEM"),
              ("年产平衡机7万台", "测量精度1克", "客户商标40台起订"),
              ("70,000 balancers a year", "accurate to 1 gram", "private label from 40 units")),
        "D": (("车轮设备进口商", "汽保设备经销商", "平衡机代理商"),
              ("wheel service equipment importer", "garage equipment dealer", "wheel balancer distributor"),
              ("年进口平衡机26个货柜", "服务网点31个", "年出货平衡机5000台"),
              ("26 containers a year", "31 service points", "5,000 balancers shipped a year")),
        "E": (("轮毂修复店连锁", "网约车车队公司", "豪华车维修中心"),
              ("wheel repair chain", "ride-hailing fleet operator", "luxury car service center"),
              ("门店52家", "运营车辆8300台", "维修工位36个"),
              ("52 shops", "8,300 fleet cars", "36 service bays")),
        "material": (("平衡机主轴总成", "定位锥", "平衡机轮罩"), ("balancer shaft assemblies", "centering cones", "wheel guard hoods")),
        "places": (("福山", "牟平", "莱山"), ("Fushan", "Muping", "Laishan")),
    },
    "wheelaligner": {
        "sector": TIRE,
        "product": (("四轮定位仪", "3D四轮定位仪", "汽车四轮定位仪", "车轮定位仪"),
                    ("wheel aligners", "3D wheel aligners", "wheel alignment systems", "camera-based aligners")),
        "use": ("每天要给大批车辆做四轮定位", "align dozens of vehicles every day"),
        "R": (("定位靶板厂", "四爪轮夹厂", "转角盘厂"),
              ("alignment target maker", "wheel clamp maker", "turnplate maker"),
              ("靶板年产60万片", "轮夹年产40万只", "转角盘年产30万对"),
              ("600,000 targets a year", "400,000 clamps a year", "300,000 pairs of turnplates a year")),
        "M": (("定位仪工厂", "四轮定位仪制造商", "定位仪OEM工厂"),
              ("aligner factory", "wheel aligner maker", "aligner OEM"),
              ("年产定位仪1.5万套", "内置2万种车型数据", "客户商标20套起订"),
              ("15,000 systems a year", "specs for 20,000 models built in", "private label from 20 systems")),
        "D": (("定位仪进口商", "汽车检测设备分销商", "定位仪代理商"),
              ("alignment equipment importer", "automotive test equipment distributor", "aligner distributor"),
              ("年进口定位设备15个货柜", "培训中心4个", "年出货定位仪1200套"),
              ("15 containers a year", "4 training centers", "1,200 systems shipped a year")),
        "E": (("底盘悬挂维修连锁", "汽车检测站", "物流车队维修中心"),
              ("suspension and alignment chain", "vehicle inspection station", "delivery fleet maintenance center"),
              ("门店83家", "检测线12条", "车队车辆4500台"),
              ("83 shops", "12 inspection lanes", "4,500 fleet vehicles")),
        "material": (("定位靶板", "四爪轮夹", "转角盘"), ("alignment targets", "four-point wheel clamps", "turnplates")),
        "places": (("坂田", "布吉", "观澜"), ("Bantian", "Buji", "Guanlan")),
    },
    "scantool": {
        "sector": SHOP,
        "product": (("汽车故障诊断仪", "OBD诊断仪", "汽车解码器", "全车系诊断仪"),
                    ("scan tools", "OBD2 scanners", "automotive diagnostic scanners", "bidirectional scan tools")),
        "use": ("每天要给几十台车读故障码、做检测", "read fault codes on dozens of vehicles a day"),
        "R": (("OBD接头厂", "触摸屏厂", "诊断仪外壳注塑厂"),
              ("OBD connector maker", "rugged touchscreen maker", "handset housing molder"),
              ("接头年产2000万只", "触摸屏年产300万片", "外壳年产500万套"),
              ("20 million connectors a year", "3 million screens a year", "5 million housings a year")),
        "M": (("诊断仪工厂", "汽车诊断设备制造商", "诊断仪OEM工厂"),
              ("scan tool factory", "diagnostic tool maker", "scan tool OEM"),
              ("年产诊断仪120万台", "支持120个车系", "客户商标300台起订"),
              ("1.2 million units a year", "covers 120 vehicle makes", "private label from 300 scanners")),
        "D": (("诊断设备进口商", "汽修工具批发商", "诊断仪代理商"),
              ("diagnostic tool importer", "automotive tool wholesaler", "scan tool distributor"),
              ("年进口诊断设备20个货柜", "技术支持工程师28人", "年出货诊断仪6万台"),
              ("20 containers a year", "28 support engineers", "60,000 units shipped a year")),
        "E": (("二手车检测公司", "汽车职业技术学院", "车队租赁公司"),
              ("used car inspection company", "automotive technical college", "fleet leasing company"),
              ("检测师300人", "实训车间16个", "管理车辆2.2万台"),
              ("300 inspectors", "16 training shops", "22,000 leased vehicles")),
        "material": (("OBD诊断接头", "加固触摸屏", "诊断仪外壳"), ("16-pin OBD connectors", "rugged touchscreens", "handset housings")),
        "places": (("龙华", "民治", "大浪"), ("Longhua", "Minzhi", "Dalang")),
    },
    "acrecovery": {
        "sector": SHOP,
        "product": (("冷媒回收加注机", "汽车空调冷媒回收机", "冷媒回收加注一体机", "汽车空调保养机"),
                    ("A/C recovery machines", "refrigerant recovery machines", "A/C service machines", "R-1234yf recovery units")),
        "use": ("每天都要给车辆做空调检修和冷媒加注", "service vehicle air conditioning every day"),
        "R": (("回收压缩机厂", "冷媒电子秤厂", "干燥过滤器厂"),
              ("recovery compressor maker", "refrigerant scale maker", "filter drier maker"),
              ("压缩机年产60万台", "电子秤年产100万台", "过滤器年产800万只"),
              ("600,000 compressors a year", "1 million scales a year", "8 million driers a year")),
        "M": (("冷媒回收机工厂", "汽车空调保养设备制造商", "冷媒回收机OEM工厂"),
              ("A/C machine factory", "A/C service equipment maker", "A/C machine OEM"),
              ("年产冷媒回收机10万台", "产品通过SAE J2788认证", "客户商标60台起订"),
              ("100,000 machines a year", "SAE J2788 certified", "private label from 60 machines")),
        "D": (("汽车空调设备进口商", "制冷配件批发商", "冷媒机代理商"),
              ("A/C service equipment importer", "refrigeration parts wholesaler", "A/C machine distributor"),
              ("年进口空调设备18个货柜", "门市44个", "年出货冷媒机4000台"),
              ("18 containers a year", "44 counters", "4,000 machines shipped a year")),
        "E": (("汽车空调维修连锁", "公交车保养场", "长途客车公司"),
              ("auto air conditioning repair chain", "transit bus maintenance base", "motorcoach operator"),
              ("门店73家", "公交车1600辆", "大巴400辆"),
              ("73 shops", "1,600 buses", "400 coaches")),
        "material": (("冷媒回收压缩机", "冷媒电子秤", "干燥过滤器"), ("recovery compressors", "refrigerant scales", "filter driers")),
        "places": (("胶州", "即墨", "城阳"), ("Jiaozhou", "Jimo", "Chengyang")),
    },
    "partswasher": {
        "sector": SHOP,
        "product": (("零件清洗机", "汽修零件清洗机", "溶剂清洗槽", "水基零件清洗机"),
                    ("parts washers", "solvent parts washers", "aqueous parts washers", "parts cleaning tanks")),
        "use": ("天天要清洗沾满油污的发动机零件", "strip grease off engine parts all day"),
        "R": (("清洗机循环泵厂", "冲压清洗槽厂", "出液毛刷厂"),
              ("parts washer pump maker", "wash tank stamping shop", "flow-through brush maker"),
              ("循环泵年产200万台", "清洗槽年产50万只", "毛刷年产1000万把"),
              ("2 million pumps a year", "500,000 tanks a year", "10 million brushes a year")),
        "M": (("清洗机工厂", "零件清洗设备制造商", "清洗机OEM工厂"),
              ("parts washer factory", "parts cleaning equipment maker", "parts washer OEM"),
              ("年产零件清洗机20万台", "槽体全部采用12号钢板", "客户商标100台起订"),
              ("200,000 washers a year", "12-gauge steel tanks throughout", "private label from 100 units")),
        "D": (("零件清洗设备进口商", "车间耗材批发商", "清洗机代理商"),
              ("parts cleaning equipment importer", "shop supplies wholesaler", "parts washer distributor"),
              ("年进口清洗设备22个货柜", "配送车辆40台", "年出货清洗机1.1万台"),
              ("22 containers a year", "40 delivery trucks", "11,000 washers shipped a year")),
        "E": (("柴油机维修厂", "农机维修站", "机床维修公司"),
              ("diesel engine repair shop", "farm machinery repair station", "machine tool rebuilder"),
              ("维修技工150人", "服务网点33个", "年翻修机床260台"),
              ("150 diesel mechanics", "33 service points", "260 machines rebuilt a year")),
        "material": (("清洗机循环泵", "冲压清洗槽", "出液毛刷"), ("parts washer pumps", "stamped wash tanks", "flow-through brushes")),
        "places": (("桓台", "邹平", "周村"), ("Huantai", "Zouping", "Zhoucun")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("密歇根州兰辛", "Lansing, Michigan"), ("密歇根州弗林特", "Flint, Michigan"),
             ("堪萨斯州托皮卡", "Topeka, Kansas"), ("印第安纳州曼西", "Muncie, Indiana"),
             ("肯塔基州鲍灵格林", "Bowling Green, Kentucky"), ("得克萨斯州卢夫金", "Lufkin, Texas"),
             ("佐治亚州瓦尔多斯塔", "Valdosta, Georgia"), ("伊利诺伊州迪凯特", "Decatur, Illinois"),
             ("印第安纳州科科莫", "Kokomo, Indiana"), ("印第安纳州埃尔克哈特", "Elkhart, Indiana"),
             ("俄亥俄州桑达斯基", "Sandusky, Ohio"), ("俄亥俄州曾斯维尔", "Zanesville, Ohio"),
             ("宾夕法尼亚州阿尔图纳", "Altoona, Pennsylvania"), ("密歇根州贝城", "Bay City, Michigan"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("零部件供应商", "配套供应商", "原材料供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商", "代理商"), "E": ("终端用户", "直接用户", "批量采购客户")},
    "en": {"R": ("parts supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "direct buyer", "volume buyer")},
}  # fmt: skip
# Role words joined to the goods ("a distributor for scan tools", "扒胎机代理商").
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
# Words naming traders in negations only ("外贸公司就不必联系了", "No brokers, please").
NEG_TRADERS = {"zh": ("外贸公司", "中间商"), "en": ("trading company", "broker")}

# What a company does, by stage ({goods}: its material for R, the chain's goods otherwise);
# English as (third person, first person).
DOES = {
    "zh": {"R": ("生产{goods}", "专业生产{goods}", "批量供应{goods}"),
           "M": ("生产{goods}", "研发制造{goods}", "专业生产{goods}"),
           "D": ("代理销售{goods}", "进口分销{goods}", "批发{goods}"),
           "E": ("车间里配有大量{goods}", "每年成批采购{goods}", "日常维修离不开{goods}")},
    "en": {"R": (("makes {goods}", "make {goods}"), ("produces {goods}", "produce {goods}"), ("supplies {goods}", "supply {goods}")),
           "M": (("builds {goods}", "build {goods}"), ("manufactures {goods}", "manufacture {goods}"),
                 ("engineers and builds {goods}", "engineer and build {goods}")),
           "D": (("distributes {goods}", "distribute {goods}"), ("brings in and sells {goods}", "bring in and sell {goods}"),
                 ("stocks and ships {goods}", "stock and ship {goods}")),
           "E": (("keeps its bays equipped with {goods}", "keep our bays equipped with {goods}"),
                 ("buys {goods} in volume", "buy {goods} in volume"))},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text); English
# also in the plural.
WANT_FORMS = {
    ("CN", "zh"): ("美国的{n}", "一家美国{n}", "美国当地的{n}", "有实力的美国{n}", "美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} based in the US", "a well-established US {n}"),
    ("US", "en"): ("a Chinese {n}", "a {n} based in China", "a mainland Chinese {n}", "a well-established Chinese {n}"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "中国当地的{n}", "有实力的中国{n}", "中国{n}"),
}  # fmt: skip
WANT_FORMS_PL = {
    ("CN", "en"): ("US {n}", "{n} in the United States", "American {n}", "{n} based in the US"),
    ("US", "en"): ("Chinese {n}", "{n} in China", "{n} based in China"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国产{n}", "美国生产的{n}", "从美国采购的{n}"),
    ("CN", "en"): ("US-built {n}", "{n} produced in the US", "American-made {n}"),
    ("US", "en"): ("Chinese-built {n}", "{n} produced in China", "China-made {n}"),
    ("US", "zh"): ("中国产{n}", "中国生产的{n}", "从中国采购的{n}"),
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
    "zh": {"cue": ("正在寻找{want}的长期货源。", "寻求{want}的年度供货合同。", "物色{want}，按季度批量采购。"),
           "named": ("{want}：每月需要稳定到货。", "今年采购清单第一项：{want}。", "{want}常年有稳定需求。")},
    "en": {"cue": ("Looking for a multi-year source of {want}.", "Seeking an annual supply contract for {want}.",
                   "Searching for {want} in quarterly volumes."),
           "named": ("{want_cap}: steady monthly volume needed.", "Top line on this year's buying list: {want}.",
                     "Standing need for {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want): the partner described by what it would do,
# never by a role noun. Slots: cty cty_adj product use mat mat_own; zh {self} (我们 / 公司),
# en {subj} {poss} (we, our / the company, the company's). Modal verbs only, so that one text
# serves both persons.
PLANS = {
    ("R", "M"): {"zh": ("{self}想把自产的{mat_own}卖给{cty}装配{product}的企业，首单样品不收费。",
                        "{mat_own}扩产以后，计划拿出三成产能专供{cty}的{product}装配线。",
                        "{self}能照{cty}{product}企业给的图纸做{mat_own}，按月交付。"),
                 "en": ("{subj} would like {poss} {mat_own} to go straight to companies in {cty} that assemble {product}; first samples are free.",
                        "After the current expansion, a third of {poss} {mat_own} capacity is reserved for {product} assembly lines in {cty}.",
                        "{subj} can make {mat_own} from drawings supplied by companies in {cty} that assemble {product}, with deliveries every month.")},
    ("M", "R"): {"zh": ("从明年开始，{mat}打算改在{cty}采购，第一单先试两个月。",
                        "下半年起，{mat}的采购将转移到{cty}，目标是成本下降8%。",
                        "新款产品计划采用{cty}产的{mat}，每批要附检测报告，按月到货。"),
                 "en": ("Starting next year, {mat} will be bought in {cty}, beginning with a two-month trial run.",
                        "Later this year {poss} buying of {mat} shifts to {cty}, with an 8% cost cut as the target.",
                        "The new model range is designed around {mat} from {cty}, each lot shipped monthly with a test report.")},
    ("M", "D"): {"zh": ("明年想让{self}的{product}在{cty}随时有现货，备货和送货请当地伙伴负责。",
                        "{self}今年要进入{cty}市场，但不打算在当地建仓库，{product}需要有人在当地备货、送货。",
                        "一年之内，希望{cty}的买家在当地就能买到{self}的{product}，库存放在当地伙伴那里。"),
                 "en": ("By next year {subj} would like {poss} {product} in stock across {cty}, with a local partner keeping inventory and making deliveries.",
                        "{subj} will enter the {cty_adj} market this year without building a warehouse there, so the {product} need someone local to stock and deliver them.",
                        "By this time next year, {poss} {product} should be on local shelves in {cty}, owned and stocked by a partner there.")},
    ("M", "E"): {"zh": ("以后{self}的{product}想直接卖给{cty}那些{use}的单位，不走中间环节。",
                        "明年准备和{cty}几家{use}的大机构签长期直供协议。",
                        "{self}能从厂里直接给{cty}{use}的单位发货，每个项目单独报价。"),
                 "en": ("From here on {subj} would like {poss} {product} to go directly to organizations in {cty} that {use}, skipping the middle layers.",
                        "Next year {subj} will try to sign long-term direct supply deals with a handful of large organizations in {cty} that {use}.",
                        "{subj} can send {product} from the plant straight to organizations in {cty} that {use}, with a separate quote for each project.")},
    ("D", "M"): {"zh": ("明年的目录里要加一组{cty}产的{product}，定价比现有款低一个档次。",
                        "准备把{cty}生产的{product}引进来，以{self}的自有品牌销售。",
                        "从下一季度起，{product}打算直接从{cty}源头订货。"),
                 "en": ("Next year a {cty_adj}-built range of {product} joins the catalog, priced a step under the current lines.",
                        "{subj} would like {product} built in {cty} to carry {poss} own brand.",
                        "Starting next quarter, {product} will be ordered directly at the source in {cty}.")},
    ("D", "E"): {"zh": ("库存的{product}今年想直接卖给{cty}那些{use}的单位。",
                        "接下来准备在{cty}积累一批{use}的固定客户，每月补一次货。",
                        "希望{cty}{use}的单位，都能从{self}的库房直接提货。"),
                 "en": ("This year {subj} will sell the {product} sitting in {poss} warehouse straight to organizations in {cty} that {use}.",
                        "{subj} would like a set of regular accounts in {cty} among organizations that {use}, with a restock every month.",
                        "{subj} can get {product} off the shelf and to organizations in {cty} that {use} within days.")},
    ("E", "M"): {"zh": ("下一批{product}打算拿{self}自己的图纸到{cty}直接定做。",
                        "明年开始，{product}要在{cty}照{self}的规格单独生产，通用款不再采购。",
                        "打算在{cty}出钱开一套专用模具，{product}全部依照{self}的要求制作。"),
                 "en": ("{subj} will have the next run of {product} built in {cty} from {poss} own drawings.",
                        "Starting next year {subj} would like {product} built in {cty} to {poss} own specification, no longer buying catalog models.",
                        "{subj} will fund dedicated tooling in {cty} so the {product} can be built exactly to {poss} requirements.")},
    ("E", "D"): {"zh": ("今后{product}希望在{cty}就地补货，七天内到。",
                        "今年起{product}改为从{cty}当地的库存小批量、勤补货。",
                        "不再等整柜海运了，{product}准备在{cty}直接买现货。"),
                 "en": ("From now on {subj} would like {product} topped up from stock already sitting in {cty}, delivered inside seven days.",
                        "This year {subj} will buy {product} in small, frequent orders out of inventory kept in {cty}.",
                        "Instead of waiting on full containers, {subj} would like to buy {product} off the shelf in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找", "找到"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}这次就不用联系了。", "这次不考虑{neg}。", "{neg}请勿打扰。", "暂不与{neg}合作。"),
    "en": ("{plural_cap} need not get in touch this time.", "Not considering {plural} for now.",
           "No {plural}, please.", "Not open to {plural} at present."),
}  # fmt: skip
SERVED = {
    "zh": ("现有客户以{cnoun}为主，如{c1}、{c2}。", "长期为{k}家{cnoun}供货，其中有{c1}和{c2}。", "{c1}、{c2}等{cnoun}都是老客户。"),
    "en": ("Customers include {k} {cnoun_pl}, {c1} and {c2} among them.",
           "Served today: {cnoun_pl} such as {c1} and {c2}.",
           "Regular buyers include {c1} and {c2}, both {cnoun_pl}.",
           "Supplying {k} {cnoun_pl} today, {c1} and {c2} among them."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("安驰", "骏通", "永达", "东旭", "远腾", "金骐", "宏骏"),
    "en": ("Cartwright", "Kimbrough", "Mayfield", "Chisholm", "Dumont", "Penhallow", "Trevanion", "Wickersham"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of profile, all written by the company itself. Each: offer templates; want templates
# of three kinds ("cue": with a verb of seeking, "named": naming the partner without one,
# "plan": a frame around a plan); neutral filler lines (founding year, staff, certificates,
# membership); header lines; trailing lines ("!" marks a closing line); "solo": one sentence
# holding both the offer and the want (cue or named). Slots: name it It its noun Noun detail
# does does3 does1 place year age year_m staff_n k m person title hall booth sector want
# want_cap plan. VOICE: 1 for a profile in the first person ("we", "我们"), 3 for one in the
# third person; exhibitor profiles and channel pages introduce the company in the third
# person and state the want in the first, as real ones do. The last three kinds are new to
# this set: an open letter to partners on the company's website, the "who we are" text of its
# careers page, and the description ("About") of its own video channel.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "about": {  # the company's own "About us" paragraph on its page in the directory
        "zh": {
            "offer": ("{name}成立于{year}年，地处{place}，是一家{noun}，{detail}。",
                      "我们是{place}的一家{noun}，{detail}。",
                      "我们公司{does}，{detail}。",
                      "{name}在{place}已有{age}年，是一家{noun}，{detail}。",
                      "自{year}年起，我们在{place}{does}，{detail}。",
                      "我们{does}，{detail}，现有员工{staff_n}人。"),
            "cue": ("我们正在寻找{want}，欢迎来电。", "目前我们在物色{want}。", "我们寻求{want}，携手做长久生意。", "今年希望能找到{want}。"),
            "named": ("诚邀{want}洽谈合作。", "欢迎{want}与我们联系。", "我们期待与{want}合作。", "我们最想结交的伙伴是{want}。"),
            "plan": ("{plan}", "接下来的打算：{plan}", "今后一年：{plan}"),
            "mid": ("公司通过了ISO 9001认证。", "员工总数{staff_n}人。", "创业至今{age}年。", "办公地点：{place}。"),
            "head": ("公司简介", "企业概览", "关于本公司"),
            "tail": ("!联系人：{person}（{title}）", "欢迎实地参观。"),
            "solo": (),
        },
        "en": {
            "offer": ("We are a {noun} in {place}; {detail}.",
                      "{name} was founded in {year} in {place} and {does3}; {detail}.",
                      "At {name}, we {does1}; {detail}.",
                      "We have served {place} as a {noun} for {age} years; {detail}.",
                      "{name} is a {noun} located in {place} ({detail}).",
                      "Based in {place}, we {does1}; {detail}."),
            "cue": ("We are looking for {want} to build the business with.", "We seek {want} as a partner for years to come.",
                    "This year we hope to find {want}.", "We are searching for {want} this season."),
            "named": ("We welcome inquiries from {want}.", "We would enjoy a conversation with {want}.", "The partner we want most: {want}.",
                      "We are keen to work with {want}."),
            "plan": ("{plan}", "Next up: {plan}", "Our road ahead: {plan}"),
            "mid": ("Certified to ISO 9001:2015.", "{staff_n} on the payroll.", "Owned by the same family since {year}.", "Our head office is in {place}."),
            "head": ("About Us", "Our Business in Brief", "Company Story"),
            "tail": ("!Contact: {person}, {title}.", "Visitors are welcome by appointment."),
            "solo": (),
        },
    },
    "directory": {  # an entry in the trade body's member directory, third person, terse
        "zh": {
            "offer": ("{name}：{place}{noun}；{detail}。",
                      "{name}位于{place}，{does}，{detail}。",
                      "{place}{noun}，创办于{year}年；{detail}。",
                      "{name}系{place}{noun}，{detail}。",
                      "{name}（{place}）{does}；{detail}。",
                      "{name}｜{noun}｜{detail}。"),
            "cue": ("{it}正在寻找{want}。", "寻找{want}。", "{it}在物色{want}。", "{it}寻求{want}，请经秘书处联系。"),
            "named": ("合作意向：{want}。", "拟对接：{want}。", "欢迎{want}来函。", "需求方向：{want}。"),
            "plan": ("发展方向：{plan}", "{plan}", "年度计划：{plan}"),
            "mid": ("员工{staff_n}人。", "创办于{year}年。", "持ISO 9001证书。", "{year_m}年入会。"),
            "head": ("【{sector}】", "名录·{sector}", "会员条目"),
            "tail": ("!联系人：{person}", "!联系方式见会员专区。"),
            "solo": ("{name}：{place}{noun}，{detail}，正在寻找{want}。", "{name}：{place}{noun}，{detail}；合作意向：{want}。"),
        },
        "en": {
            "offer": ("{name}: {noun}, {place}; {detail}.",
                      "{name} ({place}) {does3}; {detail}.",
                      "{Noun} in {place}, founded {year}; {detail}.",
                      "{name}, a {noun} in {place} ({detail}).",
                      "{name} of {place} {does3}; {detail}.",
                      "{name} | {noun} | {detail}."),
            "cue": ("{It} is looking for {want}.", "Seeking {want}.", "{It} seeks {want}.", "{It} hopes to find {want}."),
            "named": ("Open to: {want}.", "Introductions wanted: {want}.", "Would welcome inquiries from {want}.", "Partner of choice: {want}."),
            "plan": ("Plans: {plan}", "{plan}", "Next year: {plan}"),
            "mid": ("Founded {year}.", "{staff_n} staff.", "ISO 9001:2015 registered.", "In the association since {year_m}."),
            "head": ("Section: {sector}", "Listed under: {sector}", "Member entry"),
            "tail": ("!Contact: {person}", "!Contact details in the members' portal."),
            "solo": ("{Noun} in {place} ({detail}), looking for {want}.", "{Noun} in {place} ({detail}); open to inquiries from {want}."),
        },
    },
    "exhibitor": {  # an exhibitor (or hosted-buyer) profile in a trade fair catalogue
        "zh": {
            "offer": ("{name}是来自{place}的{noun}，{detail}。",
                      "{name}创立于{year}年，{does}，{detail}。",
                      "{name}（{place}）{does}；{detail}。",
                      "{name}：{place}{noun}，{detail}。",
                      "{name}在{place}经营{age}年，{does}，{detail}。",
                      "{name}是一家{noun}，员工{staff_n}人，{detail}。"),
            "cue": ("这届展会上，我们希望找到{want}。", "这次参展主要是为了寻找{want}。", "我们在找{want}，欢迎到展位面谈。", "我们诚心寻求{want}。"),
            "named": ("欢迎{want}到展位洽谈。", "重点邀请：{want}。", "展会期间最想见的是{want}。", "期待在展会现场结识{want}。"),
            "plan": ("{plan}", "参展目的：{plan}"),
            "mid": ("本届是公司第{m}次来参展。", "展位配有英文翻译。", "员工总数{staff_n}人。", "产品通过CE认证。"),
            "head": ("{hall}号馆 {booth}", "参展商简介", "展位：{hall}号馆{booth}"),
            "tail": ("!展台对接人：{person}", "!欢迎提前预约洽谈。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} from {place}; {detail}.",
                      "Founded in {year}, {name} {does3}; {detail}.",
                      "{name} ({place}) {does3}: {detail}.",
                      "{name}, a {noun} from {place}, has been in the business since {year}; {detail}.",
                      "Based in {place}, {name} {does3}; {detail}.",
                      "{name} is a {noun} with {staff_n} employees; {detail}."),
            "cue": ("During the show we are looking for {want}.", "We hope to find {want} at the fair.",
                    "Our main goal here is to find {want}.", "We seek {want}; stop by our stand."),
            "named": ("We would love to meet {want} at our stand.", "Visitors we most want to see: {want}.",
                      "Stand meetings welcome from {want}.", "We have time set aside for {want} during the show."),
            "plan": ("{plan}", "Show objective: {plan}"),
            "mid": ("On the show floor {m} times so far.", "Bilingual staff on the stand.", "{staff_n} employees.", "CE marked products."),
            "head": ("Stand {hall}-{booth}", "Exhibitor Listing", "Hall {hall}, Stand {booth}"),
            "tail": ("!Stand contact: {person}", "!Meetings can be booked before the show."),
            "solo": (),
        },
    },
    "matchmaking": {  # the free-text field of a match-making request form, first person
        "zh": {
            "offer": ("我们是{place}的一家{noun}，{detail}。",
                      "我司{does}，{detail}。",
                      "{name}（{place}）{does}，{detail}。",
                      "本公司是{noun}，{detail}，成立于{year}年。",
                      "我们{does}，{detail}。",
                      "公司地处{place}，{does}，{detail}。"),
            "cue": ("希望这次对接会能找到{want}。", "寻找{want}。", "我们在找{want}，希望尽快见面。", "想寻找{want}长期合作。"),
            "named": ("希望约见：{want}。", "想对接{want}。", "意向对象：{want}。", "最想见面的是{want}。"),
            "plan": ("{plan}", "这次对接的目的：{plan}"),
            "mid": ("员工{staff_n}人。", "线上线下见面都可以。", "有会英语的同事参会。", "持有ISO 9001证书。"),
            "head": ("业务介绍与合作意愿：", "想见的合作伙伴", "请介绍贵司主营业务和想见的企业："),
            "tail": ("!联系人：{person}", "会议期间哪天都行。"),
            "solo": ("我们是{place}的{noun}，{detail}，希望找到{want}。", "{place}{noun}，{detail}，想约见{want}。"),
        },
        "en": {
            "offer": ("We are a {noun} in {place} ({detail}).",
                      "We {does1}; {detail}.",
                      "{name} ({place}): we {does1}; {detail}.",
                      "We are a {noun}, founded in {year}; {detail}.",
                      "Out of {place}, we {does1}; {detail}.",
                      "{name} is a {noun}; {detail}."),
            "cue": ("We are looking for {want}.", "Seeking {want}.", "We hope to find {want} during these meetings.",
                    "We want to find {want} to work with over many years."),
            "named": ("We would like a meeting with {want}.", "Best match for us: {want}.", "Please arrange a meeting with {want}.", "First choice of meeting: {want}."),
            "plan": ("{plan}", "Why we signed up: {plan}"),
            "mid": ("{staff_n} employees.", "Video call or face to face, either works.", "Our calendar is flexible.", "Our quality system is ISO 9001 registered."),
            "head": ("Company description and desired partner:", "Partner request form",
                     "Describe your company and the partner you hope to meet:"),
            "tail": ("!Contact: {person}", "Any time slot during the event works for us."),
            "solo": ("We are a {noun} in {place} ({detail}) looking for {want}.",
                     "We are a {noun} in {place} ({detail}) and hope to be introduced to {want}."),
        },
    },
    "letter": {  # NEW: an open letter to partners on the company's own website, first person
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "{age}年来，我们始终在{place}{does}，{detail}。",
                      "自{year}年成立以来，{name}{does}，{detail}。",
                      "今天的{name}已是一家{noun}，{detail}，这离不开各位的支持。",
                      "我们{does}，{detail}，团队共{staff_n}人。",
                      "{name}作为{place}的{noun}，{detail}。"),
            "cue": ("新的一年，我们最重要的一件事是找到{want}。", "我们正在寻找{want}，盼与各位携手。", "我们诚心寻求{want}。", "希望借这封信找到{want}。"),
            "named": ("如果您是{want}，请与我们联系。", "我们很期待与{want}合作。", "我们愿与{want}一起成长。", "今年最想结交的伙伴，是{want}。"),
            "plan": ("{plan}", "展望明年：{plan}", "今年的计划：{plan}"),
            "mid": ("过去一年，我们的准时交货率保持在98%以上。", "团队目前有{staff_n}人。", "{year}年起步，走到今天不容易。", "品质和信誉，是我们的立身之本。"),
            "head": ("致合作伙伴", "各位合作伙伴：", "致各位新老朋友"),
            "tail": ("!{title} {person}", "再次感谢各位的信任与支持。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} in {place}; {detail}.",
                      "We have worked from {place} for {age} years and now {does1}; {detail}.",
                      "Since {year}, {name} {does3}; {detail}.",
                      "Today {name} is a {noun} with {staff_n} people; {detail}.",
                      "We {does1} out of {place}; {detail}.",
                      "{name} started in {place} in {year} and has grown into a {noun}; {detail}."),
            "cue": ("In the year ahead, our first priority is to find {want}.", "We are looking for {want} and would value your introductions.",
                    "We seek {want} for the long haul.", "We hope this letter helps us find {want}."),
            "named": ("If you are {want}, please write to us.", "It would be an honor to partner with {want}.",
                      "We warmly welcome letters from {want}.", "We are ready to work with {want}."),
            "plan": ("{plan}", "Looking ahead: {plan}", "For the coming year: {plan}"),
            "mid": ("Last year we shipped 98% of orders on time.", "{staff_n} people work here today.", "We started out in {year}.",
                    "Quality and trust remain the ground we stand on."),
            "head": ("An Open Letter to Our Partners", "To Our Partners", "Dear Friends and Partners,"),
            "tail": ("!{person}, {title}", "Thank you again for your support."),
            "solo": (),
        },
    },
    "careers": {  # NEW: the "who we are" text of the company's careers page, first person
        "zh": {
            "offer": ("{name}是一家位于{place}的{noun}，{detail}。",
                      "在{name}，我们{does}，{detail}。",
                      "我们是{place}的{noun}，{detail}，团队{staff_n}人。",
                      "{name}成立于{year}年，{does}，{detail}。",
                      "{age}年来，{name}一直在{place}{does}，{detail}。",
                      "我们{does}，{detail}，正处在快速发展期。"),
            "cue": ("今年公司的一项重点是寻找{want}，新同事将直接参与。", "我们正在寻找{want}，也欢迎有经验的你加入。",
                    "公司在物色{want}，相关岗位正在开放。", "我们寻求{want}作为合作方，需要更多同事一起推进。"),
            "named": ("与{want}的合作，是今年新岗位的主要工作内容。", "今年业务重点：与{want}建立合作。",
                      "新加入的同事将负责对接{want}。", "我们的目标合作方是{want}。"),
            "plan": ("{plan}", "今年的业务方向：{plan}", "加入我们，一起推进：{plan}"),
            "mid": ("公司提供带薪年假和年度体检。", "现有同事{staff_n}人。", "创业至今{age}年。", "我们重视每一位员工的安全与成长。"),
            "head": ("加入我们", "人才与发展", "为什么加入我们"),
            "tail": ("!简历请发送至人事部", "!联系人：{person}（{title}）"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} in {place}; {detail}.",
                      "At {name}, we {does1}; {detail}.",
                      "We are a {noun} in {place} with {staff_n} people; {detail}.",
                      "Founded in {year}, {name} {does3}; {detail}.",
                      "For {age} years {name} has called {place} home; {detail}.",
                      "We {does1}; {detail}, and we are growing fast."),
            "cue": ("This year a big part of our work is to find {want}, and new hires will be part of it.",
                    "We are looking for {want}, and for people to help build that partnership.",
                    "We seek {want}; the openings below support that effort.", "Our business team is searching for {want} right now."),
            "named": ("Building ties with {want} is the focus of this year's new positions.", "This year's business priority: partnering with {want}.",
                      "New team members will work directly with {want}.", "Our target partner: {want}."),
            "plan": ("{plan}", "What you would help build: {plan}", "Where the business is going: {plan}"),
            "mid": ("We offer health coverage and paid time off.", "Team size: {staff_n}.", "Independent since {year}.",
                    "Safety and growth for every employee come first."),
            "head": ("Join Our Team", "Work With Us", "Why Join Us"),
            "tail": ("!Questions: {person}, {title}", "Current openings are listed below."),
            "solo": (),
        },
    },
    "channel": {  # NEW: the description ("About") of the company's own video channel
        "zh": {
            "offer": ("{name}官方视频号｜{place}{noun}，{detail}。",
                      "这里是{name}：{does}，{detail}。",
                      "{name}，{place}{noun}，{detail}。",
                      "我们是{name}，{does}，{detail}。",
                      "{name}企业号：{noun}，成立于{year}年，{detail}。",
                      "{place}{noun}{name}，{detail}，在这里分享我们的日常。"),
            "cue": ("我们正在寻找{want}，欢迎留言。", "寻找{want}，有意请留言。", "本号也在物色{want}。", "希望通过视频找到{want}。"),
            "named": ("欢迎{want}留言洽谈。", "诚邀{want}合作，详情请留言。", "合作对象：{want}。", "{want}请查看主页合作说明。"),
            "plan": ("{plan}", "合作说明：{plan}"),
            "mid": ("每周更新安装和保养视频。", "团队{staff_n}人。", "{year}年成立。", "视频内容均为实拍。"),
            "head": ("企业号简介", "视频号简介", "官方视频号"),
            "tail": ("!商务合作：{person}", "!更多产品视频见主页合集。"),
            "solo": (),
        },
        "en": {
            "offer": ("Official channel of {name}, a {noun} in {place}; {detail}.",
                      "This is {name}: we {does1}; {detail}.",
                      "{name} | {noun} | {place} | {detail}.",
                      "Videos from {name}, a {noun} in {place}; {detail}.",
                      "{name} has been a {noun} since {year}; {detail}.",
                      "We are {name}, a {noun} with {staff_n} people; {detail}."),
            "cue": ("We are looking for {want}; leave a comment or message us.", "Looking for {want}.",
                    "We also hope to find {want} through these videos.", "We seek {want}; details in the links below."),
            "named": ("Business inquiries from {want} welcome.", "Are you {want}? Message us.", "Partners wanted: {want}.",
                      "We would like to hear from {want}."),
            "plan": ("{plan}", "Partnership note: {plan}"),
            "mid": ("New install and service videos every week.", "{staff_n} people on the team.", "Founded {year}.",
                    "Everything filmed in our own shop."),
            "head": ("About this channel", "Official Channel", "Channel Info"),
            "tail": ("!Business inquiries: {person}", "!Full playlist on our page."),
            "solo": (),
        },
    },
}  # fmt: skip
VOICE = {
    "about": 1,
    "directory": 3,
    "exhibitor": 1,
    "matchmaking": 1,
    "letter": 1,
    "careers": 1,
    "channel": 1,
}
HEAD_P = {
    "about": 0.3,
    "directory": 0.5,
    "exhibitor": 0.65,
    "matchmaking": 0.5,
    "letter": 0.7,
    "careers": 0.6,
    "channel": 0.45,
}
LINED_P = {
    "about": 0.15,
    "directory": 0.3,
    "exhibitor": 0.25,
    "matchmaking": 0.4,
    "letter": 0.35,
    "careers": 0.25,
    "channel": 0.4,
}

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("驰", "骏", "擎", "昊", "锐", "腾", "铭", "捷", "鼎", "隆", "祥", "力", "嘉", "翔", "宇", "通")  # fmt: skip
ZH_SUFFIX = {"neutral": ("机电科技有限公司", "装备有限公司", "有限公司", "实业有限公司"),
             "R": ("精密部件有限公司", "配件有限公司", "零部件有限公司"),
             "M": ("机械制造有限公司", "设备制造有限公司", "工业有限公司"),
             "D": ("商贸有限公司", "进出口有限公司", "供应链有限公司"),
             "E": ("汽车服务有限公司", "车辆服务有限公司", "运营有限公司")}  # fmt: skip
PINYIN = ("Lichi", "Qingteng", "Junrui", "Haochi", "Dingxiang", "Jietong", "Mingrun", "Tengjun", "Ruiqing", "Longjie")  # fmt: skip
CN_EN_WORD = {"neutral": (" Technology", " Industrial", ""), "R": (" Precision Parts", " Components"), "M": (" Machinery", " Manufacturing"),
              "D": (" Trading", " Supply Chain"), "E": (" Auto Services", " Fleet Services")}  # fmt: skip
EN_WORDS = ("Bellhaven", "Fieldstone", "Lindale", "Northbrook", "Quillan", "Rookwood", "Thistledown", "Coldbrook",
            "Dunmere", "Fallowfield", "Ivybridge", "Loxley", "Mossbank", "Netherby", "Orrington", "Pembury",
            "Quenwick", "Ravenhill", "Tillbury", "Westbury")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Holdings"),
             "R": ("Components", "Precision", "Parts Co."),
             "M": ("Manufacturing", "Industries", "Fabrication"),
             "D": ("Distribution", "Supply", "Wholesale"),
             "E": ("Auto Service", "Fleet Services", "Operations")}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ("周国栋", "孙美玲", "马俊杰", "朱晓红", "胡振宇", "林慧敏"),
    ("CN", "en"): ("Zhou Guodong", "Sun Meiling", "Ma Junjie", "Zhu Xiaohong", "Hu Zhenyu"),
    ("US", "en"): ("Erin Macready", "Lorraine Pettit", "Vince Harbaugh", "Tamsin Oakes", "Gloria Ventura", "Deborah Quintero",
                   "Felix Arrowood", "Marty Okonjo"),
    ("US", "zh"): ("Erin Macready", "Vince Harbaugh", "Gloria Ventura"),
}  # fmt: skip
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "采购经理", "供应链经理"), "down": ("外贸部经理", "国际业务总监", "海外销售经理"),
           "any": ("总经理", "董事长", "总裁")},
    "en": {"up": ("Purchasing Director", "Senior Buyer", "Supply Chain Manager"),
           "down": ("Export Sales Manager", "VP of International Sales", "Business Development Manager"),
           "any": ("President", "Owner", "General Manager")},
}  # fmt: skip
STAFF_N = (30, 55, 90, 140, 210, 320, 480, 700, 1100, 1600, 2400, 3400)

HARD_QUOTA = {"material": 5, "served": 12, "generic": 9, "negated": 7, "misnamed": 9}
CN_IN_ENGLISH = 8  # CN companies writing in English (at least one per kind of profile)
US_IN_CHINESE = 7  # US companies writing in Chinese, one per kind of profile
CUES = ("cue", "named", "plan")
CUE_CYCLE = ("cue", "named", "plan", "cue", "named")  # two of each named kind to one plan
SOLO_N = 8  # profiles of one sentence (directory entries and match-making requests)


# ---------------------------------------------------------------------------------------------
# Layout (as in set 35, which has it from set 34)
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
    r"([\d,]+) (?:crew members|sales reps|marine mechanics|field service engineers|support engineers"
    r"|inspectors|diesel mechanics)|(?:技师|业务员|售后工程师|技术支持工程师|检测师|维修技工)(\d+)人"
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
        "booth": rng.choice("ABCDEFGH") + str(rng.randrange(10, 90)),
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
    free = [
        t
        for t in g["mid"]
        if not any(s in said and s in t.replace("{age}", "{year}") for s in USED_ONCE)
    ]
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
    assert len(EARLIER_CHAINS) == 495
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("*.json"):  # the prefixes are this set's alone: no '"q7' elsewhere
        if not other.name.startswith(NAME):
            text = other.read_text("utf-8")
            assert '"q7' not in text and not own_ids.search(text), other.name
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
    assert len(GENRES) == 7 and {"letter", "careers", "channel"} <= set(GENRES)
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
