# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-seventh held-out ROLE set: ``roles_holdout37.json`` / ``roles_holdout37_gold.json``.

    python bench/recommend/make_holdout37.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study, comparison or
speed script, no ``*.json`` content (``check`` only searches the other files for this set's
ids; this set's own output was looked at only through ``build()``), and no Python importing
the engine was run. Only ``make_holdout36.py`` was read in full (format, construction and check
code: its layout, gold and check code is copied here, not imported, with the changes listed
below); of the other ``make_*.py`` only the module docstrings were read, to keep the domain, the
chains and the kinds of text new; of ``/tmp/nv`` only ``chainkeys.txt``, the 505 earlier chain
keys (``_EARLIER``; ``check`` asserts that no key of this set is among them); of
``pyproject.toml`` only the ruff settings. The id prefixes ``q8cn`` / ``q8us`` occur in no other
file (``grep -l '"q8' bench/recommend/*.json`` printed no file before this set was written;
``check`` asserts it over every ``*.json`` beside this script). Nothing may be fitted or tuned
on this set.

What it tests, as set 36 does: profiles written by the companies themselves, in free text
only, in both languages; a Chinese maker seeking a US distributor must find that distributor
above US makers of the same goods that seek distributors too. New here: a domain no earlier set
used (light construction equipment: what a concrete, paving or trenching crew brings to site;
not the construction machinery of set 6, the cement, rebar and power tools of corpus 5 or the
diamond saw blades of set 17) and three kinds of company-written text no earlier generator's
docstring names (the post on the company's news page that marks its anniversary, its
mission-and-vision page, and the introduction at the top of its "contact us" page).

Novelty, checked with ``grep -ilF`` over ``bench/recommend/make_*.py`` and
``bench/recommend/*.json``, printing file names only. Every product (under each of its trade
names), end-user phrase, role noun, detail and material of the chains below, the sectors, the
Chinese places, the US cities (English and Chinese, with and without the state), the name
parts (every generated company name, its two-character core or its first two words, the legal
forms), customers' and people's names, titles, the generic role nouns and cue words, and every
literal piece of every template (offers, wants, plan frames, plans, negations, served-customer
lines, material wants, fillers, headers, closing lines, want forms), English and Chinese, cut
at its slots and again at its punctuation, was grepped as a full phrase: 1,905 phrases in the
last pass, after some 690 candidate phrases had been grepped in earlier passes. None of the
chains' words matches, nor any place, company name, customer or full person's name. What
still matches (261 phrases) is of five sorts, kept: (1) the cue words and cue phrases every
set needs (寻求, 寻找, 物色, 在找, 找到, 希望结识, 我们正在寻找, 我们在找, 我们寻求, 想寻找, 拟寻求, 是找到,
looking for, look for, seek, seeks, search, find, hunt for, We are looking for, We seek, We are
searching for, Seeking, Searching for, We hope to find, We want to find, would like to find, we
hope); (2) the generic role nouns (经销商, 进口商, 生产厂家, 终端用户, 供应商, distributor,
importer, manufacturer, maker, end user, volume buyer, broker…) and the country forms (美国,
中国, a US, an American, a Chinese, a China-based, in China, in the United States, American,
Chinese, US-made, Chinese-made, an established); (3) short generic pieces, two English words or
three Chinese characters at most, inside longer lines that match nothing (is a, as a, based
in, headquartered in, located in, Established in, Out of, since, was founded, began in, and
now, years ago, Years of, for years, Inquiries from, made in, built in, own label, will buy,
will order, can ship, can deliver, to buy, half of, purchasing of, that build, such as, right
now, so that, so the, This year, Next year, Next season; 是一家, 我们是, 的一家, 创办于, 年成立,
年起步, 年前, 位于, 地处, 所在地, 深耕, 来自, 作为, 欢迎, 欢迎来, 诚邀, 洽谈, 比如, 已为, 这些, 那些,
几家, 明年起, 今后, 以后, 这一年, 下一季, 下一步, 准备在, 打算在, 要在, 想在, 希望在, 计划把, 打上,
直供, 总装, 备库, 配送, 系列, 制造的, 出产的, 的公司, 的客户, 有员工, 我公司, 公司在, 如今是, 的来信,
业务部, 垂询, 规划, 关于, 展位号, 团队, 成为, 盼与, 愿与, 同行, 务实, 诚信, 专注, 安全, and 周年 (set
15, as a word; here only in 成立{age}周年 and 周年纪念｜感恩同行)) and four generic openers of
three words ("We are a", "has been a", "If you are", "From next year", the last also kept by
set 36); (4) single common words (About, Category, Employees, Outlook, Priorities, Stand,
Hall, Vision, Mission, Values, "Our mission" in corpus 11, people, years, partnership,
Visitors, Are you, required, following, employing; the verbs makes, builds, manufactures,
distributes, keeps, buys, ships … in volume, 生产, 经销, 批发, 采购, 希望); (5) legal forms and
titles (有限公司, 贸易有限公司, 进出口有限公司, 供应链管理有限公司, Technology, Equipment, Castings,
Import & Export, Trading, Group, Partners, Manufacturing, Industries, Distributors, Wholesale,
Contracting, Construction; 采购总监, 采购经理, 外贸部经理, 总经理, 董事长, 副总经理, Purchasing
Director, Purchasing Manager, Business Development Manager, Sales Director, President, Owner,
General Manager) and the pinyin surnames Peng and Jiang (inside other words). The marker words
of the new kinds match nothing (周年纪念, 感恩同行, 公司新闻, 周年庆典将在厂区举行, 感恩一路有您, Celebrating
… Years, Company News: Our Anniversary, An open house at the plant will mark the day; 使命与愿景,
我们的使命, 愿景·使命·价值观, 三年愿景, 价值观：诚信、专注、安全, Mission and Vision, What Drives Us,
Vision, Mission, Values, Our three-year vision; 联络本公司, 联络方式, 与我们联络, 请填写下方表格,
工作日二十四小时内答复, Reach Our Team, Ways to Reach Us, Write or Call Us, use the form below,
We reply within one business day) but the single words noted above.

Replaced after a match: the chain words precast concrete plant / 预制构件厂 and tool rental /
工具租赁 (corpus 5), 桥梁施工, 农场建筑 (set 31), sidewalk (corpus 16), 水渠 (``make_roles.py``),
base plate / 底板, 护套, 光纤 (set 34), water main, 给排水, concrete saw (set 17), water tank /
水箱, clutch / 离合器, remodeler, kitchen and bath / 厨卫, 翻新, 运动场地; the details 配送中心5个,
140 barns a year, 500,000 tanks a year; the places 邹城, 武进, 金坛, 临沂, 泰兴, 姜堰, 铜山, 启东,
新乡, 嘉祥, 高港, 兴化, 海门, 长垣, 封丘, Huojia, Anting (inside "wanting"), Jonesboro, Dothan,
Terre Haute, Salina, Longview, Wausau, Dalton, Quincy; the name parts Birchfield, Caldwell,
Foxhall, Glenrock, Hadley, Ironside, Juniper, Keystone, Lowell, Millbrook, Northgate,
Oakhurst, Pinecrest, Ridgeway, Talbot, Elkhorn, Larchmont, Tamarack, the core 崇筑 (set 14),
the legal forms 机械制造有限公司 and Precision Parts (set 36), 重工有限公司, 建设工程有限公司,
Construction Machinery (set 6), Paving; the customers 中砼, 宏基, 远建, Haverford, Whitcombe,
Fairweather, Thackeray; the people 邓丽华 / Deng Lihua, Holloway, Kincaid, Ostrander,
Vandermeer, Norma and the given names Zhiqiang, Haiyan; set 36's titles 供应链经理, 国际业务总监,
海外销售经理, 总裁, Senior Buyer, Supply Chain Manager, Export Sales Manager, VP of International
Sales; the negation words 外贸公司 (set 36) and trading house. Replaced template pieces that an
earlier text has word for word (some of them set 35's, which was not read, others set 36's):
headers and lines 走进我们, A Few Words About Us, 本会会员, 会员单位, 联系我们, Contact Us, Get in
Touch, Meeting request, Our Mission, Contact person, Attendee, 参会人, Sales desk, Sales office,
Headcount, In business for, years in the trade, Workforce, Employees on site, people on staff,
times so far, Returning exhibitor, 这是公司第…次参加本展, 公司员工, 在册员工, 在职员工, 员工人数,
职工, 始创于, 年起为本会会员, 公司现有员工, 全公司共有员工, Our team is, people work here, people on
the team, Staff of, What comes next, On our agenda, Coming up, On the schedule, Goal for the
show, Why we are exhibiting, Partnership interest, Preferred counterpart, Preferred match,
合作方向, 希望对接, 拟合作对象, 目标伙伴, 特别邀请, 重点邀约, 莅临展位洽谈, 本届展会, 此次参展, 新的一年;
offers and wants 年，坐落在, 我们是一家扎根, Here at, years we have worked out of, From our base
in, to grow with, We would be glad to hear from, At this show we are looking for, at our stand,
at this event, for a lasting partnership, 我们诚意寻求, 我们诚心寻求, 我们真诚寻求, 我们是位于,
本公司为, 本公司系, 我们这家, 我们就在, 如有兴趣, 下一位合作伙伴, 建立合作, today it is a, has grown
into a, has become a, is still a, we remain a, to get in touch, we invite, For the year ahead,
was founded in, and is a, dates from, and operates as a, opened in, today we are a, 年成立以来,
目前是一家, 公司目前在物色, 欢迎来电, 如果贵司正是, 合作咨询, 商谈合作, in the subject line,
我们希望与, 我们的目标, Where we are headed, is currently looking for, is now looking for; plans
新车间投产后, straight to companies in, that assemble, 准备改从, 今年下半年, 明年开始, Starting next
year, Beginning next year, will enter the, 省掉中间环节, cutting out the layers in between, would
like to sell, From now on, From here on, In the coming year, 自己的牌子卖, 从明年起, 计划直接向,
不再转手, at the source in, with no one in between, 发展一批, 的长期客户, will sell the, restocked
every month, 准备按, 的图纸在, 直接定制, The next batch of, will have, 本地库存小批量, 就地补货,
就近补货, restocked from inventory already in, Going forward, In future, off the shelf in, would
like to buy, would rather buy; material wants, negations and served lines 的稳定来源, 采购重点,
按月结算, need not call, not at this time, 暂不考虑, 长期供货，包括, 一直在用我们的货, We ship to, buy
from us, rely on us, Long-standing accounts, on the list, among them, included; the verbs 专业制造,
代理销售, 进口并分销, 代理经销, 每年成批采购, turns out, designs and builds, stock and deliver, by the
truckload; the want forms 美国本土的, 美国一家, 中国本土的, 中国一家, in mainland China, 美国制造的,
sourced in the US, sourced from China, made in China, of US origin, of Chinese origin. Single
words that match inside other text and are kept only inside longer phrases that match nothing:
concrete / 混凝土 (corpus 5, sets 17, 31), 切割机 (corpora 9, 17, set 32; here 路面切割机,
混凝土切割机, 切割机工厂…), 沥青 (corpus 5, sets 14, 19), jobsite (sets 32, 35), 工地 (corpus 5),
contractor (many sets), and coring (inside "scoring", set 23). Earlier chain keys that occur
here as plain words are other goods: pencil (pencil vibrators), water (water line
contractors), desk (a sales desk). The chain keys below occur in no text.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains of light construction equipment, a domain no earlier set used (not the
  automotive service equipment of set 36, the workplace safety supplies of set 35 or the
  electrical installation supplies of set 34), all goods China exports to the US in volume and
  the US makes and sells too: power trowels, concrete vibrators, portable concrete mixers,
  power screeds (concrete placing and finishing equipment); plate compactors, tamping rammers,
  walk-behind rollers (soil and asphalt compaction equipment); floor saws, core drills, floor
  grinders (concrete cutting, coring and grinding equipment). Keys: powertrowel,
  pokervibrator, drummixer, powerscreed, platecompactor, tampingrammer, walkroller, floorsaw,
  coredrill, floorgrinder. Stages R raw material or key component (trowel blade maker, float
  pan spinner, trowel arm foundry, vibrator head maker, flexible shaft maker, eccentric weight
  maker, mixing drum spinner, drum ring gear maker, screed blade profile maker, compactor
  exciter maker, rubber isolator maker, rammer shoe maker, rammer crankcase foundry, roller
  drum maker, drum scraper maker, blade shaft maker, blade guard stamping shop, drill stand
  maker, core barrel tube maker, slip clutch maker, grinding head plate maker, dust shroud
  molder…), M maker, D distributor / importer / wholesaler / agent, E end buyer or user
  (polished concrete contractor, tilt-up wall builder, warehouse slab contractor, precast panel
  producer, bridge deck pour contractor, pile cap contractor, fence installation company, pole
  barn builder, patio and retaining wall builder, driveway paving company, walkway pour
  contractor, canal lining contractor, paver installation company, equipment rental chain,
  trench backfill contractor, gas line contractor, telecom conduit contractor, water line
  contractor, asphalt patching company, sports court builder, bike trail contractor, pavement
  sawing contractor, runway repair contractor, expansion joint installer, fire sprinkler
  installer, cutting and coring service, mechanical subcontractor, garage floor coating
  company, retail floor renovation contractor, terrazzo restoration company). Each company is
  at one stage and seeks an adjacent one (R seeks M; M seeks R, D or E; D seeks M or E; E seeks
  M or D). Four, three and three chains per sector. The chains share buyers and words
  (concrete, slab, crews, jobsite; exciters in screeds and plates, 切割 and 研磨 in the cutting
  sector), so the other chains of a sector are near misses.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q8cn001``... and ``q8us001``...
  shuffled within each side; gold partners (same chain, each one's stage what the other
  seeks, both ways), and beside every CN company's partner a US competitor (same stage, same
  want), a US company offering what it seeks but seeking something else and one wanting its
  goods but offering nothing it seeks (where the stages allow), then companies at other stages
  and of the other chains: constructed as in set 36 (``needs``, ``lay_out``), a layout kept only
  when every CN company has exactly one US partner (``check`` asserts it; 40 gold pairs).
* CN companies write mainland business Chinese (eight write English, spread over the kinds);
  US companies write English (seven write Chinese, one per kind). Free text only: no offer or
  seek codes, no stage words.
* Seven kinds of profile, all the company's own text, 5 or 6 CN and 10 US each: four kinds
  of set 36 with templates written anew — the "About us" paragraph of its directory page
  (公司情况介绍, 认识我们 / Our Story in Brief, The Company in Short; first person), an entry of
  the trade body's member directory (名录分类：…, 会员企业条目 / Category: …, Association member;
  third person, terse), an exhibitor or hosted-buyer profile in a fair catalogue (展位号：…,
  参展企业介绍 / Show Catalogue Entry; the company in the third person, the want in the first),
  the free-text field of a match-making request form (会见需求 / Who we hope to meet; first
  person) — and three new ones: NEW, the post on its own news page marking its anniversary
  ({name}成立{age}周年, 周年纪念｜感恩同行 / Celebrating {age} Years, Company News: Our
  Anniversary: "{age}年前，…在…起步", "As … turns …", thanks to staff and customers, "借周年之机，
  诚邀…", "we would love to celebrate the next anniversary with …", signed with title and
  name); NEW, its mission-and-vision page (使命与愿景, 愿景·使命·价值观 / Mission and Vision,
  What Drives Us: "我们的使命是…", values lines, "愿景：成为…最信赖的合作伙伴", "Vision: to become
  the most trusted partner of …", "Our three-year vision: …"); NEW, the introduction at the
  top of its "contact us" page (联络本公司, 与我们联络 / Reach Our Team, Ways to Reach Us:
  "感谢您关注…", "贵司如符合，请填写下方表格", "您若是…，请直接拨打业务部电话", office hours, reply
  times, "Are you …? Call our sales desk directly.", "Messages from … get answered first.").
  Per kind and language: six offer templates, four want templates of each of the two named
  kinds, two or three plan frames, four filler lines, headers and closing lines; the directory
  entries and match-making requests also have one-sentence forms holding both (8 profiles).
* Profiles run from one to five sentences below an optional header. The goods go by their
  trade names and synonyms (抹光机, ride-on trowels; 振动棒, pencil vibrators; 滚筒搅拌机, towable
  concrete mixers; 振动整平尺, truss screeds; 平板夯, vibratory plates; 冲击夯, jumping jacks;
  手扶式压路机, double-drum walk-behind rollers; 马路切割机, flat saws; 水钻, stand-mounted core
  drills; 水磨石研磨机, walk-behind grinders…), the partner by a role noun of its chain, by a
  role word and the goods, or only by role and country. Three kinds of want, two to two to one
  on each side: with a verb of seeking, naming the partner without one, and a plan that
  describes the partner by what it would do, with no role noun (plans, negations,
  served-customer lines and material wants written anew). ``check`` asserts that the cue
  words occur anywhere in a profile exactly when its want is of the first kind, and that no
  plan names a noun, specific or generic, of the stage sought.
* Hard cases as in set 36, with its checks and quotas: customers already served named in the
  profile (of a stage other than the one sought; 12), negated wants ("…请不必来电", "恕不与…洽谈",
  "… need not phone us", "We are not taking on … right now"; 7), role words in company names
  that differ from the company's stage (9), wants naming only a generic role and the country
  (9), a maker's want named by its input material (5). The want comes first, in the middle or
  last. Head counts are kept above any count of people a profile gives, a crew counting four.

Changes to set 36's code: the chains, places, names, titles and all templates; the kinds of
text (``anniversary``, ``vision``, ``contact`` instead of ``letter``, ``careers``, ``channel``)
and the check of the new kinds; the people counted in the details (``PEOPLE_IN_DETAIL``) and
the crews they name (``CREWS_IN_DETAIL``, four people each) in the head counts; the checks of
the 505 earlier keys and of '"q8' in every other ``*.json``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20370614
NAME = "roles_holdout37"
PREFIX = {"CN": "q8cn", "US": "q8us"}

# Chain keys used by earlier sets (/tmp/nv/chainkeys.txt as given to this helper, 505 keys);
# none may be used here.
_EARLIER = (
    "acousticpanel acrecovery acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer "
    "aistraw aligner almond am amenity anchor animation aquafilter aquaheater archery "
    "artflower backpack badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing "
    "bed bedtoolbox beef beer bellowsbox berry bicycle billiards bindwire biobag birdfeeder "
    "birdsnest blinds boardgame boba boiler bonsaitray boothsystem bottle bowling bpmonitor "
    "brake bridal cabinet cable cablegland cabletie cabletray calculator calfhutch camcage "
    "camper camslider candle carlift carpet cart carton cartridgefuse carwash cashmere casket "
    "catheter catlitter cattree caulkgun ceilingfan cement centrifuge cfrp chair chalk "
    "changingstation charging chessset choppingboard chopstick cider climbhold clipper cnc "
    "coathanger cocoa coffee coldchain compressor cone confetticannon conveyor cookware "
    "cosmetics costume countertop countingframe cowbrush craftglitter crayon croquetset "
    "crowdbarrier crucible crusher cueglass cuirass cup dairy dartboardset dashcam deicer "
    "dentalunit desal desk dialyzer diaper diffbox dinnerware doccam dogharness dressing "
    "driedfruit drillbit drip drone dropliner drumhead dryer drywall dumpling duvet earbuds "
    "eartag ebike ebus egg electrode electrolyser elecwinch elevator embhoop energydrink "
    "envelope epoxy esl evcharger excavator extinguisher eyelash eyewashstn eyewear fabricdye "
    "fallharness farrowcrate fastener faucet fencer fertilizer fgmesh film firework "
    "firstaidkit flatglass floorjack floorliner floorpad floss flour foamearplug foldfan "
    "footwear forklift formula fountainpen fries frozenveg furniture gardenstatue garlic "
    "garment gasdetector gearbox generics ginseng glassmosaic glove glueboard goalnet golf "
    "grabbar greenhouse greentea greetingcard grindwheel gripstand groundrod grout guitar "
    "gummy h2tank hairdryer hairdye hamaca handbag hangtag haynet hearingaid heatexchanger "
    "heatpump heatshrink heavybag helmet hinge hivisvest hoist honey horserug hose hotpot "
    "hotsauce hottub hullcraft hydcyl hydrant icecream iceskate imaging implant incense "
    "indgas infieldmix ink insectlight insulator intumescent inverter ivd jackstand jewelry "
    "jigsawpuzzle juice karaokeset kayak keg keypad keyscreen kimchi kitecraft knife "
    "knitneedle kombucha kscope ladder lanyard latexballoon laundry lcdmodule led ledstreet "
    "lensfilter lickblock lightgel lipbalm lithium localization locker lockoutkit loyly "
    "lubricant luggage magnet magnetwire mahjongtiles manhole mannequin marimbawood "
    "marinerope marotte massagechair mattress medal meddev microscope milkliner minibreaker "
    "mistmaker mlcc modeltrack moisturemeter mold mooncake mophead motor mountform mouthharp "
    "mower mushroom musicbox musicstand nailpolish netpen noodle nuts nylonyarn oatmilk "
    "oliveoil oring outletbox oven padlock paint pallet paperbag partswasher pasta pcb peach "
    "pencil perfume petfood phonecase phototripod piano pickle pickleball pictureframe "
    "pigfeeder pillow pinatacraft pingpong pipe pipette pipingtip piste playingcard popcorn "
    "posterminal pouch poultrydrinker powerchip powertool printing projscreen ptoshaft pump "
    "pv racking radiator railcar rainbarrel razor reagent rebar receiptroll reedcane reefer "
    "respmask ribbon rice ricecooker ricenoodle rigidbox ringlamp robot robotarm robovac "
    "rollerchain roofing rubbermulch saddle safetysign safetyspecs sandwichpanel sanitizer "
    "sausage sawblade scaffold scantool scooter scrappaper scrubs seafood sealant "
    "seamlesspaper seatcover seating seaweed seedcoat sesameoil sewing shampoo shockabsorber "
    "shopcrane shredder sidestep silk sink skidplate slatfloor smartlock snowchain snowpaw "
    "socks sodamaker solarheater soy soysauce sparkplug spcfloor spice spillkit sportswear "
    "spring stagedrape stagetruss stallmat stapler startelescope stickynote storage "
    "stretchfilm stroller sugar sunglasses sunscreen surfboard surgeprotector suture swimwear "
    "swingseat syringe tackle tamtam tape tea tennisracket tent terrestrial thermostat tile "
    "tirechanger toiletpartition tonneaucover toothbrush towel toxinbinder toy tractionboard "
    "trampoline transformer treadmill treeshelter trekpole truckscale tuna turf turnout tyre "
    "ukulelekit umbrella upvcprofile urinalscreen valve vase vending vetvax vinegar violin "
    "visioncam vitamin wallcovering wallet wallreceptacle walnut wastecart wastewater watch "
    "water watermeter watertrough waxwrap weldwire wetwipe wheelaligner wheelbalancer "
    "wheelchair whiteboard wig wind windcock window windowsqueegee windshade wine wiperblade "
    "wireconnector wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())

# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); the goods under their usual trade names (zh names, en
# names: the company's own goods for M, D and E, and what plans and role-and-goods wants name);
# what its end users do (zh, en; a relative-clause verb phrase, for the wants implied by a plan);
# per stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th
# noun; the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en).
# The keys are words no description contains (texts write "floor saws", never the key).
# ---------------------------------------------------------------------------------------------
CONC = ("混凝土摊铺与收面设备", "Concrete placing and finishing equipment")
COMP = ("土方与沥青压实设备", "Soil and asphalt compaction equipment")
CUT = ("混凝土切割钻孔与研磨设备", "Concrete cutting, coring and grinding equipment")
CHAINS: dict[str, dict[str, object]] = {
    "powertrowel": {
        "sector": CONC,
        "product": (("抹光机", "混凝土抹光机", "手扶式抹光机", "驾驶式抹光机"),
                    ("power trowels", "concrete power trowels", "walk-behind trowels", "ride-on trowels")),
        "use": ("每天都要给新浇的混凝土地面收光", "finish freshly poured concrete slabs every day"),
        "R": (("抹光机叶片厂", "抹光圆盘旋压厂", "抹光机转臂铸造厂"),
              ("trowel blade maker", "float pan spinner", "trowel arm foundry"),
              ("叶片年产900万片", "圆盘年产45万只", "转臂年产160万只"),
              ("9 million blades a year", "450,000 pans a year", "1.6 million arms a year")),
        "M": (("抹光机工厂", "抹光机制造商", "抹光机OEM工厂"),
              ("trowel factory", "power trowel maker", "trowel OEM"),
              ("年产抹光机3.6万台", "整机重心低、转速可调", "贴牌40台起做"),
              ("36,000 trowels a year", "low center of gravity, variable rotor speed", "own-label runs from 40 trowels")),
        "D": (("收面设备进口商", "施工机械批发商", "抹光机代理商"),
              ("finishing equipment importer", "contractor equipment wholesaler", "power trowel distributor"),
              ("年进口收面设备38个货柜", "合作租赁门店640家", "年出货抹光机4200台"),
              ("38 containers of finishing gear a year", "640 rental store accounts", "4,200 trowels shipped a year")),
        "E": (("抛光混凝土施工公司", "立墙板施工公司", "库房地面承包商"),
              ("polished concrete contractor", "tilt-up wall builder", "warehouse slab contractor"),
              ("收面班组26个", "年立墙板1.2万块", "年施工地面90万平方米"),
              ("26 finishing crews", "12,000 panels tilted a year", "9 million sq ft of slab a year")),
        "material": (("抹光机叶片", "抹光圆盘", "抹光机转臂"), ("trowel blades", "float pans", "trowel arms")),
        "places": (("任城", "兖州", "曲阜"), ("Rencheng", "Yanzhou", "Qufu")),
    },
    "pokervibrator": {
        "sector": CONC,
        "product": (("混凝土振动棒", "插入式振动器", "振动棒", "高频振动棒"),
                    ("concrete vibrators", "internal vibrators", "pencil vibrators", "high-cycle vibrators")),
        "use": ("每次浇筑都要把混凝土振捣密实", "consolidate concrete on every pour"),
        "R": (("振动棒头厂", "振动软轴厂", "偏心块厂"),
              ("vibrator head maker", "flexible shaft maker", "eccentric weight maker"),
              ("棒头年产300万只", "软轴年产2000万米", "偏心块年产1200万只"),
              ("3 million heads a year", "20 million m of shaft a year", "12 million weights a year")),
        "M": (("振动棒工厂", "振动器制造商", "振动棒OEM工厂"),
              ("vibrator factory", "concrete vibrator maker", "vibrator OEM"),
              ("年产振动棒150万台", "棒头每分钟振动1.2万次", "贴牌300台起"),
              ("1.5 million vibrators a year", "heads run at 12,000 vpm", "own-label runs from 300 units")),
        "D": (("浇筑工具进口商", "混凝土工具批发商", "振动棒代理商"),
              ("pour tool importer", "concrete tool wholesaler", "vibrator distributor"),
              ("年进口浇筑工具24个货柜", "业务代表46人", "年出货振动棒7万台"),
              ("24 containers of pour tools a year", "46 territory reps", "70,000 vibrators shipped a year")),
        "E": (("预制混凝土构件公司", "桥面浇筑承包商", "桩基施工公司"),
              ("precast panel producer", "bridge deck pour contractor", "pile cap contractor"),
              ("年产预制构件8万立方米", "在建桥梁14座", "桩基班组30个"),
              ("80,000 m³ of precast a year", "14 bridges under way", "30 pile crews")),
        "material": (("振动棒头", "振动软轴", "偏心块"), ("vibrator heads", "flexible shafts", "eccentric weights")),
        "places": (("湖塘", "横林", "郑陆"), ("Hutang", "Henglin", "Zhenglu")),
    },
    "drummixer": {
        "sector": CONC,
        "product": (("混凝土搅拌机", "滚筒搅拌机", "小型搅拌机", "移动式搅拌机"),
                    ("portable concrete mixers", "drum mixers", "towable concrete mixers", "jobsite mixers")),
        "use": ("常常要在现场自己拌混凝土", "batch their own concrete on site every week"),
        "R": (("搅拌筒旋压厂", "搅拌机齿圈厂", "搅拌叶片冲压厂"),
              ("mixing drum spinner", "drum ring gear maker", "mixing paddle stamping shop"),
              ("搅拌筒年产40万只", "齿圈年产55万只", "叶片年产600万片"),
              ("400,000 drums a year", "550,000 ring gears a year", "6 million paddles a year")),
        "M": (("搅拌机工厂", "搅拌机制造商", "搅拌机OEM工厂"),
              ("mixer factory", "concrete mixer maker", "mixer OEM"),
              ("年产搅拌机22万台", "筒体一律用3毫米钢板", "贴牌60台即可下单"),
              ("220,000 mixers a year", "3 mm steel drums throughout", "own-brand orders from 60 units")),
        "D": (("搅拌机进口商", "建筑设备批发商", "搅拌机代理商"),
              ("mixer importer", "building equipment wholesaler", "concrete mixer distributor"),
              ("年进口搅拌机52个货柜", "配送中心7个", "年出货搅拌机1.9万台"),
              ("52 containers of mixers a year", "7 distribution hubs", "19,000 mixers shipped a year")),
        "E": (("围栏安装公司", "畜棚建造商", "庭院砌筑公司"),
              ("fence installation company", "pole barn builder", "patio and retaining wall builder"),
              ("立桩班组18个", "年建畜棚160座", "砌筑工匠60人"),
              ("18 post-setting crews", "160 pole barns a year", "60 masons")),
        "material": (("搅拌筒", "搅拌机齿圈", "搅拌叶片"), ("mixing drums", "drum ring gears", "mixing paddles")),
        "places": (("兰山", "罗庄", "沂南"), ("Lanshan", "Luozhuang", "Yinan")),
    },
    "powerscreed": {
        "sector": CONC,
        "product": (("振动整平尺", "混凝土整平机", "振动刮尺", "汽油振动尺"),
                    ("power screeds", "vibratory screeds", "wet screeds", "truss screeds")),
        "use": ("天天要把大面积混凝土刮平找平", "strike off large concrete pours to grade every day"),
        "R": (("刮尺型材厂", "振动尺激振器厂", "刮尺手柄厂"),
              ("screed blade profile maker", "screed exciter maker", "screed handle maker"),
              ("刮尺型材年产1.5万吨", "激振器年产70万只", "手柄年产90万副"),
              ("15,000 t of blade profiles a year", "700,000 exciters a year", "900,000 handle sets a year")),
        "M": (("整平尺工厂", "振动整平机制造商", "整平尺OEM工厂"),
              ("screed factory", "power screed maker", "screed OEM"),
              ("年产振动尺8万台", "刮板长度1至6米", "贴牌50台起"),
              ("80,000 screeds a year", "blades from 1 to 6 m long", "own-label runs from 50 screeds")),
        "D": (("整平设备进口商", "地面施工设备批发商", "振动尺代理商"),
              ("screed importer", "flatwork equipment wholesaler", "power screed distributor"),
              ("年进口整平设备16个货柜", "门市21个", "年出货振动尺6500台"),
              ("16 containers of screeds a year", "21 branch counters", "6,500 screeds shipped a year")),
        "E": (("车道铺装公司", "步道浇筑承包商", "灌渠衬砌公司"),
              ("driveway paving company", "walkway pour contractor", "canal lining contractor"),
              ("年铺车道2600条", "浇筑班组24个", "年衬砌灌渠300公里"),
              ("2,600 driveways a year", "24 walkway crews", "300 km of canal lined a year")),
        "material": (("刮尺型材", "振动尺激振器", "刮尺手柄"), ("screed blade profiles", "screed exciters", "screed handles")),
        "places": (("青浦", "朱家角", "练塘"), ("Qingpu", "Zhujiajiao", "Liantang")),
    },
    "platecompactor": {
        "sector": COMP,
        "product": (("平板夯", "振动平板夯", "平板压实机", "双向平板夯"),
                    ("plate compactors", "vibratory plates", "reversible plate compactors", "forward plate compactors")),
        "use": ("每天都要压实碎石基层和铺砖垫层", "compact gravel bases and paver beds every day"),
        "R": (("平板夯激振器厂", "夯板底座铸造厂", "橡胶减震块厂"),
              ("compactor exciter maker", "compactor plate foundry", "rubber isolator maker"),
              ("激振器年产50万台", "底座年产70万块", "减震块年产3000万只"),
              ("500,000 exciters a year", "700,000 plates a year", "30 million isolators a year")),
        "M": (("平板夯工厂", "压实设备制造商", "平板夯OEM工厂"),
              ("plate compactor factory", "compaction equipment maker", "plate compactor OEM"),
              ("年产平板夯30万台", "激振力20千牛", "贴牌100台起"),
              ("300,000 plates a year", "20 kN of centrifugal force", "own-brand runs from 100 plates")),
        "D": (("压实设备进口商", "小型工程机械批发商", "平板夯代理商"),
              ("compaction equipment importer", "light equipment wholesaler", "plate compactor distributor"),
              ("年进口压实设备60个货柜", "服务站27个", "年出货平板夯2.3万台"),
              ("60 containers of compactors a year", "27 service depots", "23,000 plates shipped a year")),
        "E": (("铺砖施工公司", "设备出租连锁", "管沟回填施工公司"),
              ("paver installation company", "equipment rental chain", "trench backfill contractor"),
              ("铺砖班组35个", "出租门店120家", "年回填管沟800公里"),
              ("35 paver crews", "120 rental branches", "800 km of trench backfilled a year")),
        "material": (("平板夯激振器", "夯板底座", "橡胶减震块"), ("compactor exciters", "cast compactor plates", "rubber isolators")),
        "places": (("嘉定", "南翔", "外冈"), ("Jiading", "Nanxiang", "Waigang")),
    },
    "tampingrammer": {
        "sector": COMP,
        "product": (("冲击夯", "汽油冲击夯", "冲击式打夯机", "沟槽冲击夯"),
                    ("tamping rammers", "jumping jacks", "trench rammers", "rammer compactors")),
        "use": ("天天要在窄沟槽里一层层夯实回填土", "tamp backfill in narrow trenches day after day"),
        "R": (("夯脚板厂", "冲击夯曲轴箱铸造厂", "冲击夯防尘护罩厂"),
              ("rammer shoe maker", "rammer crankcase foundry", "rammer boot molder"),
              ("夯脚板年产80万块", "曲轴箱年产60万只", "防尘护罩年产150万只"),
              ("800,000 shoes a year", "600,000 crankcases a year", "1.5 million boots a year")),
        "M": (("冲击夯工厂", "冲击夯制造商", "冲击夯OEM工厂"),
              ("rammer factory", "tamping rammer maker", "rammer OEM"),
              ("年产冲击夯18万台", "每分钟冲击680次", "贴牌80台起订"),
              ("180,000 rammers a year", "680 blows a minute", "own-label orders from 80 rammers")),
        "D": (("夯实设备进口商", "沟槽施工设备批发商", "冲击夯代理商"),
              ("rammer importer", "trenching equipment wholesaler", "tamping rammer distributor"),
              ("年进口夯实设备28个货柜", "区域仓库6座", "年出货冲击夯1.4万台"),
              ("28 containers of rammers a year", "6 regional warehouses", "14,000 rammers shipped a year")),
        "E": (("燃气管道施工公司", "通信管道施工公司", "供水管网施工公司"),
              ("gas line contractor", "telecom conduit contractor", "water line contractor"),
              ("管道班组40个", "年埋管1200公里", "管网班组28个"),
              ("40 pipeline crews", "1,200 km of conduit a year", "28 water line crews")),
        "material": (("夯脚板", "冲击夯曲轴箱", "冲击夯防尘护罩"), ("rammer shoes", "rammer crankcases", "rammer boots")),
        "places": (("黄桥", "溱潼", "汶上"), ("Huangqiao", "Qintong", "Wenshang")),
    },
    "walkroller": {
        "sector": COMP,
        "product": (("手扶式压路机", "手扶双钢轮压路机", "小型压路机", "微型压路机"),
                    ("walk-behind rollers", "double-drum walk-behind rollers", "mini rollers", "small vibratory rollers")),
        "use": ("经常要压实沥青补丁和窄小路面", "roll asphalt patches and narrow paths week in, week out"),
        "R": (("钢轮卷制厂", "压路机洒水装置厂", "刮泥板厂"),
              ("roller drum maker", "roller spray system maker", "drum scraper maker"),
              ("钢轮年产12万只", "洒水装置年产20万套", "刮泥板年产80万片"),
              ("120,000 drums a year", "200,000 spray systems a year", "800,000 scrapers a year")),
        "M": (("压路机工厂", "小型压路机制造商", "压路机OEM工厂"),
              ("roller factory", "walk-behind roller maker", "roller OEM"),
              ("年产手扶压路机2.4万台", "整机重量800公斤", "贴牌20台起"),
              ("24,000 rollers a year", "800 kg operating weight", "own-brand runs from 20 rollers")),
        "D": (("压路机进口商", "路面养护设备批发商", "压路机代理商"),
              ("roller importer", "paving equipment wholesaler", "walk-behind roller distributor"),
              ("年进口压路机19个货柜", "维修网点17个", "年出货压路机2600台"),
              ("19 containers of rollers a year", "17 repair points", "2,600 rollers shipped a year")),
        "E": (("沥青修补公司", "球场建造公司", "绿道施工公司"),
              ("asphalt patching company", "sports court builder", "bike trail contractor"),
              ("修补车辆36台", "年建球场210片", "年铺绿道95公里"),
              ("36 patch trucks", "210 courts a year", "95 km of trail a year")),
        "material": (("压路机钢轮", "压路机洒水装置", "刮泥板"), ("roller drums", "roller spray systems", "drum scrapers")),
        "places": (("贾汪", "邳州", "睢宁"), ("Jiawang", "Pizhou", "Suining")),
    },
    "floorsaw": {
        "sector": CUT,
        "product": (("路面切割机", "马路切割机", "混凝土切割机", "手推式切缝机"),
                    ("floor saws", "walk-behind slab saws", "road saws", "flat saws")),
        "use": ("每天要在混凝土和沥青路面上切缝", "cut joints in concrete and asphalt every day"),
        "R": (("切割机刀轴厂", "锯片护罩冲压厂", "切缝机水罐注塑厂"),
              ("blade shaft maker", "blade guard stamping shop", "saw water tank molder"),
              ("刀轴年产40万根", "护罩年产90万只", "水罐年产55万只"),
              ("400,000 shafts a year", "900,000 guards a year", "550,000 tanks a year")),
        "M": (("切割机工厂", "路面切割机制造商", "切割机OEM工厂"),
              ("saw factory", "floor saw maker", "floor saw OEM"),
              ("年产路面切割机5万台", "最大切深20厘米", "贴牌30台起"),
              ("50,000 saws a year", "cuts up to 8 inches deep", "own-label runs from 30 saws")),
        "D": (("切割设备进口商", "道路养护设备批发商", "切割机代理商"),
              ("sawing equipment importer", "road maintenance equipment wholesaler", "floor saw distributor"),
              ("年进口切割设备21个货柜", "零配件库存8000种", "年出货切割机3100台"),
              ("21 containers of saws a year", "8,000 spare parts in stock", "3,100 saws shipped a year")),
        "E": (("路面切缝施工公司", "机场跑道维修公司", "伸缩缝安装公司"),
              ("pavement sawing contractor", "runway repair contractor", "expansion joint installer"),
              ("切缝班组22个", "年维修跑道45条", "年装伸缩缝1.6万米"),
              ("22 sawing crews", "45 runways repaired a year", "16,000 m of joints a year")),
        "material": (("切割机刀轴", "锯片护罩", "切缝机水罐"), ("saw blade shafts", "blade guards", "saw water tanks")),
        "places": (("泽国", "温峤", "箬横"), ("Zeguo", "Wenqiao", "Ruoheng")),
    },
    "coredrill": {
        "sector": CUT,
        "product": (("水钻", "工程水钻", "混凝土钻孔机", "台式水钻"),
                    ("core drills", "core drilling rigs", "stand-mounted core drills", "wet core drills")),
        "use": ("每天要在楼板和墙上钻管线孔", "bore holes through slabs and walls for pipe runs every day"),
        "R": (("水钻钻架厂", "薄壁钻筒厂", "水钻过载保护器厂"),
              ("drill stand maker", "core barrel tube maker", "slip clutch maker"),
              ("钻架年产60万台", "钻筒年产800万支", "保护器年产200万只"),
              ("600,000 stands a year", "8 million barrels a year", "2 million slip clutches a year")),
        "M": (("水钻工厂", "钻孔设备制造商", "水钻OEM工厂"),
              ("core drill factory", "coring equipment maker", "core drill OEM"),
              ("年产水钻45万台", "最大钻孔直径350毫米", "贴牌200台起"),
              ("450,000 drills a year", "bores up to 14 inches", "own-brand orders from 200 drills")),
        "D": (("钻孔设备进口商", "安装工具批发商", "水钻代理商"),
              ("core drilling equipment importer", "installer tool wholesaler", "core drill distributor"),
              ("年进口钻孔设备33个货柜", "合作门店900家", "年出货水钻5.2万台"),
              ("33 containers of drills a year", "900 dealer counters", "52,000 drills shipped a year")),
        "E": (("消防喷淋安装公司", "切割钻孔服务公司", "机电安装分包商"),
              ("fire sprinkler installer", "cutting and coring service", "mechanical subcontractor"),
              ("安装工人150人", "钻孔班组32个", "在建项目85个"),
              ("150 sprinkler fitters", "32 coring crews", "85 projects under way")),
        "material": (("水钻钻架", "薄壁钻筒", "水钻过载保护器"), ("drill stands", "thin-wall core barrels", "drill slip clutches")),
        "places": (("汇龙", "近海", "三厂"), ("Huilong", "Jinhai", "Sanchang")),
    },
    "floorgrinder": {
        "sector": CUT,
        "product": (("地面研磨机", "混凝土研磨机", "水磨石研磨机", "手推式研磨机"),
                    ("floor grinders", "concrete grinders", "concrete floor grinders", "walk-behind grinders")),
        "use": ("天天要把旧混凝土地面磨平、打磨、抛光", "grind and polish concrete floors every day"),
        "R": (("研磨盘厂", "吸尘罩注塑厂", "研磨机推架厂"),
              ("grinding head plate maker", "dust shroud molder", "grinder handle frame maker"),
              ("研磨盘年产30万只", "吸尘罩年产100万只", "推架年产25万副"),
              ("300,000 head plates a year", "1 million shrouds a year", "250,000 handle frames a year")),
        "M": (("研磨机工厂", "地面研磨设备制造商", "研磨机OEM工厂"),
              ("grinder factory", "floor grinding equipment maker", "grinder OEM"),
              ("年产研磨机1.2万台", "单次研磨宽度80厘米", "贴牌10台起"),
              ("12,000 grinders a year", "32-inch grinding path", "own-label runs from 10 grinders")),
        "D": (("地面处理设备进口商", "地面施工材料批发商", "研磨机代理商"),
              ("surface prep equipment importer", "floor contractor supply house", "floor grinder distributor"),
              ("年进口地面处理设备12个货柜", "演示中心3个", "年出货研磨机900台"),
              ("12 containers of grinders a year", "3 demo centers", "900 grinders shipped a year")),
        "E": (("车库地面涂装公司", "商场地面改造公司", "水磨石修复公司"),
              ("garage floor coating company", "retail floor renovation contractor", "terrazzo restoration company"),
              ("年完工车库9000间", "改造班组17个", "年修复水磨石40万平方米"),
              ("9,000 garages a year", "17 renovation crews", "4 million sq ft of terrazzo a year")),
        "material": (("研磨盘", "吸尘罩", "研磨机推架"), ("grinding head plates", "dust shrouds", "grinder handle frames")),
        "places": (("原阳", "延津", "沛县"), ("Yuanyang", "Yanjin", "Peixian")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("密西西比州哈蒂斯堡", "Hattiesburg, Mississippi"), ("南卡罗来纳州弗洛伦斯", "Florence, South Carolina"),
             ("肯塔基州欧文斯伯勒", "Owensboro, Kentucky"), ("伊利诺伊州坎卡基", "Kankakee, Illinois"),
             ("威斯康星州欧克莱尔", "Eau Claire, Wisconsin"), ("明尼苏达州曼凯托", "Mankato, Minnesota"),
             ("俄克拉何马州伊尼德", "Enid, Oklahoma"), ("田纳西州库克维尔", "Cookeville, Tennessee"),
             ("密苏里州锡代利亚", "Sedalia, Missouri"), ("艾奥瓦州奥塔姆瓦", "Ottumwa, Iowa"),
             ("马里兰州黑格斯敦", "Hagerstown, Maryland"), ("肯塔基州帕迪尤卡", "Paducah, Kentucky"),
             ("俄克拉何马州马斯科吉", "Muskogee, Oklahoma"), ("艾奥瓦州马歇尔敦", "Marshalltown, Iowa"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("零部件供应商", "配套供应商", "原材料供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商", "代理商"), "E": ("终端用户", "直接用户", "批量采购客户")},
    "en": {"R": ("parts supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "direct buyer", "volume buyer")},
}  # fmt: skip
# Role words joined to the goods ("a distributor for floor saws", "水钻代理商").
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
# Words naming traders in negations only ("外贸公司暂不考虑", "No brokers need call").
NEG_TRADERS = {"zh": ("外贸代理", "贸易中间商"), "en": ("broker", "export agent")}

# What a company does, by stage ({goods}: its material for R, the chain's goods otherwise);
# English as (third person, first person).
DOES = {
    "zh": {"R": ("生产{goods}", "专门加工{goods}", "为整机配套{goods}"),
           "M": ("生产{goods}", "设计制造{goods}", "专门制造{goods}"),
           "D": ("经销{goods}", "进口后分销{goods}", "批发{goods}"),
           "E": ("工地上常年使用{goods}", "每年大批购入{goods}", "施工班组天天要用{goods}")},
    "en": {"R": (("makes {goods}", "make {goods}"), ("machines and supplies {goods}", "machine and supply {goods}"),
                 ("ships {goods} in volume", "ship {goods} in volume")),
           "M": (("builds {goods}", "build {goods}"), ("engineers and assembles {goods}", "engineer and assemble {goods}"),
                 ("manufactures {goods}", "manufacture {goods}")),
           "D": (("distributes {goods}", "distribute {goods}"), ("imports and resells {goods}", "import and resell {goods}"),
                 ("warehouses and delivers {goods}", "warehouse and deliver {goods}")),
           "E": (("keeps {goods} at work on its jobsites", "keep {goods} at work on our jobsites"),
                 ("buys {goods} in fleet quantities", "buy {goods} in fleet quantities"),
                 ("runs crews that depend on {goods}", "run crews that depend on {goods}"))},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text); English
# also in the plural.
WANT_FORMS = {
    ("CN", "zh"): ("一家在美国的{n}", "在美国经营的{n}", "一家扎根美国的{n}", "美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} operating in the US", "an established {n} in the United States"),
    ("US", "en"): ("a Chinese {n}", "a {n} in the Chinese mainland", "a China-based {n}", "an established {n} in China"),
    ("US", "zh"): ("中国境内的{n}", "一家在中国的{n}", "在中国经营的{n}", "一家扎根中国的{n}", "中国{n}"),
}  # fmt: skip
WANT_FORMS_PL = {
    ("CN", "en"): ("US {n}", "{n} in the United States", "American {n}", "{n} operating in the US"),
    ("US", "en"): ("Chinese {n}", "{n} in China", "{n} in the Chinese mainland"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("在美国生产的{n}", "产自美国的{n}"),
    ("CN", "en"): ("US-made {n}", "{n} made in America", "{n} produced on US soil"),
    ("US", "en"): ("Chinese-made {n}", "China-produced {n}", "{n} produced on the Chinese mainland"),
    ("US", "zh"): ("中国制造的{n}", "产自中国的{n}", "中国境内生产的{n}"),
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
    "zh": {"cue": ("我们在寻找{want}的可靠货源。", "寻求{want}的长年供货。", "正物色{want}，每月定量采购。"),
           "named": ("{want}：全年都要，月结货款。", "重点采购物料：{want}。", "{want}每季度都有固定用量。")},
    "en": {"cue": ("We are looking for a steady source of {want}.", "Seeking {want} on a standing monthly order.",
                   "Searching for {want} in full-container lots."),
           "named": ("{want_cap}: needed every month, all year round.", "Purchasing priority: {want}.",
                     "Regular quarterly volume of {want} required.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want): the partner described by what it would do,
# never by a role noun. Slots: cty cty_adj product use mat mat_own; zh {self} (我们 / 公司),
# en {subj} {poss} (we, our / the company, the company's). Modal verbs only, so that one text
# serves both persons.
PLANS = {
    ("R", "M"): {"zh": ("明年起，{self}的{mat_own}准备直接发往{cty}那些自己组装{product}的公司，首批按成本价。",
                        "新厂房启用后，{mat_own}的产能有一半要留给在{cty}总装{product}的客户。",
                        "{self}可以照{cty}那些组装{product}的公司提供的图纸加工{mat_own}，每月交货。"),
                 "en": ("From next year {subj} would like {poss} {mat_own} to go directly to firms in {cty} that put together {product}, the first lot at cost.",
                        "Once the new line is running, half of {poss} {mat_own} output is set aside for plants in {cty} where {product} are assembled.",
                        "{subj} can machine {mat_own} to drawings sent by companies in {cty} that build {product}, shipping every month.")},
    ("M", "R"): {"zh": ("明年起，{mat}打算转到{cty}采购，先试订一个季度。",
                        "从今年第三季度开始，{self}计划把{mat}的采购放到{cty}，预计每台省下一成成本。",
                        "新一代机型将改用{cty}出产的{mat}，每批随货附检验单。"),
                 "en": ("From next year {subj} will buy {mat} in {cty}, starting with a one-quarter trial order.",
                        "In the second half of the year {subj} would like to move {poss} purchasing of {mat} to {cty}, saving about a tenth per machine.",
                        "The next generation of {poss} machines is designed to use {mat} made in {cty}, with an inspection sheet in every shipment.")},
    ("M", "D"): {"zh": ("自明年起，{self}希望{cty}的客户能就近买到{product}，由当地伙伴进货、备库、配送。",
                        "{self}准备进军{cty}，但不在当地设仓，{product}的库存和配送要交给本地的合作方。",
                        "希望一年后，{cty}的施工单位在本地就能提到{self}的{product}，货由当地合作方买断备库。"),
                 "en": ("As of next year {subj} would like crews across {cty} to buy {poss} {product} near where they work, from a local partner who buys, stocks and delivers them.",
                        "{subj} will go into the {cty_adj} market without a warehouse of {poss} own, so the {product} need a local partner to hold inventory and deliver.",
                        "A year from now, {poss} {product} should sit in stock in {cty}, bought outright and held by a partner there.")},
    ("M", "E"): {"zh": ("{self}今后想把{product}直供{cty}那些{use}的公司，不走中间渠道。",
                        "明年计划与{cty}几家{use}的大公司签订年度直供合同。",
                        "{self}可以从工厂直接给{cty}{use}的公司发货，每个工程单独报价。"),
                 "en": ("Over the next year {subj} would like {product} to go directly to companies in {cty} that {use}, with nobody taking a margin in between.",
                        "Next year {subj} would like to sign annual direct-supply contracts with a few large firms in {cty} that {use}.",
                        "{subj} can ship {product} from the plant straight to crews in {cty} that {use}, quoting each job separately.")},
    ("D", "M"): {"zh": ("下一季，{self}打算推出一个{cty}制造的{product}系列，主打性价比。",
                        "准备在{cty}定制一批{product}，打上{self}的自有商标出售。",
                        "来年，{product}打算直接到{cty}的源头下单，中间不再经手。"),
                 "en": ("Next season {subj} will launch a line of {product} built in {cty}, aimed at value-minded buyers.",
                        "{subj} would like {product} made in {cty} under {poss} own label.",
                        "From next year {subj} will order {product} direct from the plant floor in {cty}, skipping every middleman.")},
    ("D", "E"): {"zh": ("今年库房里的{product}准备直接卖给{cty}那些{use}的公司。",
                        "接下来想在{cty}签下一批{use}的固定买家，每月上门补货。",
                        "希望{cty}{use}的公司，都能在三天内从{self}的库房提到货。"),
                 "en": ("This year {subj} will move the {product} on {poss} shelves directly to firms in {cty} that {use}.",
                        "{subj} would like standing accounts with outfits in {cty} that {use}, topped up each month.",
                        "{subj} can deliver {product} from stock within three days to firms in {cty} that {use}.")},
    ("E", "M"): {"zh": ("{self}打算在{cty}订做下一批{product}，全部依照自家图纸。",
                        "明年以后，{product}要在{cty}按{self}的技术要求专门生产，不再买通用型号。",
                        "{self}愿意承担在{cty}的开模费用，让{product}照{self}的工况量身打造。"),
                 "en": ("{product} for {poss} next jobs will be built to order in {cty}, following {poss} own drawings and duty cycle.",
                        "From next year {subj} would like {product} made in {cty} to {poss} own specifications rather than off-the-shelf models.",
                        "{subj} will pay for tooling in {cty} so that {product} can be built around {poss} jobsite conditions.")},
    ("E", "D"): {"zh": ("以后{product}希望在{cty}当地随时补货，一周内送到工地。",
                        "{product}今后只从{cty}的现货仓分批少量地买。",
                        "海运整柜周期太长，今后{product}想在{cty}随要随提。"),
                 "en": ("{subj} would like to have {product} replenished from stock on hand in {cty}, on site within a week.",
                        "Starting this year, {product} will be bought a few at a time, as jobs need them, from stock kept in {cty}.",
                        "Container lead times are too long, so {subj} will pick up {product} ready-made from stock in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找", "找到"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}请不必来电。", "恕不与{neg}洽谈。", "{neg}暂且不谈。", "{neg}就不用发资料了。"),
    "en": ("{plural_cap} need not phone us.", "We are not taking on {plural} right now.",
           "{plural_cap}: no thank you for now.", "Please no approaches from {plural}."),
}  # fmt: skip
SERVED = {
    "zh": ("目前的客户主要是{cnoun}，比如{c1}和{c2}。", "已为{k}家{cnoun}常年供货，其中包括{c1}、{c2}。",
           "{c1}、{c2}这些{cnoun}多年来一直采用我们的产品。"),
    "en": ("Our buyers today are {cnoun_pl} such as {c1} and {c2}.",
           "{k} {cnoun_pl} are on our books, including {c1} and {c2}.",
           "{c1} and {c2}, both {cnoun_pl}, order from us every year.",
           "Accounts we have held for years: {k} {cnoun_pl}, such as {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("华筑", "建昌", "路通", "安筑", "嘉路", "恒筑", "固本"),
    "en": ("Stoddard", "Rutledge", "Pickering", "Ainsworth", "Lattimore", "Brockway", "Ogilvie", "Fenimore"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of profile, all written by the company itself. Each: offer templates; want templates
# of three kinds ("cue": with a verb of seeking, "named": naming the partner without one,
# "plan": a frame around a plan); neutral filler lines (founding year, staff, certificates,
# membership); header lines; trailing lines ("!" marks a closing line); "solo": one sentence
# holding both the offer and the want (cue or named). Slots: name it It its noun Noun detail
# goods does does3 does1 place year age year_m staff_n k m person title hall booth sector want
# want_cap plan. VOICE: 1 for a profile in the first person ("we", "我们"), 3 for one in the
# third person; exhibitor profiles introduce the company in the third person and state the
# want in the first, as real ones do. The last three kinds are new to this set: the post on
# the company's news page that marks its anniversary, its mission-and-vision page, and the
# introduction at the top of its "contact us" page.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "about": {  # the company's own "About us" paragraph on its page in the directory
        "zh": {
            "offer": ("{name}创办于{year}年，厂址在{place}，是{noun}，{detail}。",
                      "我们是{place}本地的一家{noun}，{detail}。",
                      "本公司主要{does}，{detail}。",
                      "{name}立足{place}已{age}年，如今是一家{noun}，{detail}。",
                      "从{year}年起，{name}便在{place}{does}，{detail}。",
                      "我们{does}，{detail}，员工共计{staff_n}名。"),
            "cue": ("我们正在寻找{want}，有意者请致电业务部。", "近期公司在物色{want}，样机和报价都已备好。",
                    "我们寻求{want}，愿意从小单做起。", "这一年，我们想找到{want}，把货卖进更多工地。"),
            "named": ("欢迎{want}来厂考察洽谈。", "{want}若有意合作，请与业务部联系。", "我们盼望与{want}结成长期伙伴。",
                      "我们希望下一位伙伴是{want}。"),
            "plan": ("{plan}", "下一步：{plan}", "近期安排：{plan}"),
            "mid": ("每台设备出厂前都逐台试机。", "全公司员工{staff_n}名。", "公司从业已有{age}年。", "厂区位于{place}。"),
            "head": ("公司情况介绍", "认识我们", "关于{name}"),
            "tail": ("!业务联系人：{person}（{title}）", "欢迎来厂参观试机。"),
            "solo": (),
        },
        "en": {
            "offer": ("We are a {noun} based in {place}; {detail}.",
                      "{name} was established in {place} in {year} and {does3}; {detail}.",
                      "At {name}, our people {does1}; {detail}.",
                      "{age} years on, {name} carries on as a {noun} in {place}; {detail}.",
                      "{name} is a {noun} headquartered in {place} ({detail}).",
                      "Working from {place}, we {does1}; {detail}."),
            "cue": ("We are looking for {want} to grow alongside.", "We seek {want} for a long working relationship.",
                    "Right now we hope to find {want}.", "We are searching for {want} ahead of next season."),
            "named": ("Inquiries from {want} are most welcome.", "It would be good to hear from {want}.",
                      "Ideal partner for us: {want}.", "We are eager to build a partnership with {want}."),
            "plan": ("{plan}", "Next on our list: {plan}", "Lined up for this year: {plan}"),
            "mid": ("Every machine is test-run before it ships.", "Payroll headcount: {staff_n}.", "{age} years and counting.",
                    "Our yard and offices are in {place}."),
            "head": ("Our Story in Brief", "About {name}", "The Company in Short"),
            "tail": ("!Sales contact: {person}, {title}.", "Yard visits and demos by appointment."),
            "solo": (),
        },
    },
    "directory": {  # an entry in the trade body's member directory, third person, terse
        "zh": {
            "offer": ("{name}｜所在地：{place}｜{noun}，{detail}。",
                      "{name}地处{place}，{does}，{detail}。",
                      "{noun}，{year}年创办于{place}；{detail}。",
                      "{name}为{place}一家{noun}；{detail}。",
                      "{name}（{place}）：{does}，{detail}。",
                      "{name}——{noun}，{detail}。"),
            "cue": ("{it}现正寻找{want}。", "{it}拟寻求{want}，详情可询秘书处。", "{it}近期物色{want}。", "诚心寻找{want}。"),
            "named": ("期望伙伴：{want}。", "拟联系：{want}。", "{it}欢迎{want}垂询。", "盼结交：{want}。"),
            "plan": ("规划：{plan}", "{plan}", "本年度规划：{plan}"),
            "mid": ("现有人员{staff_n}名。", "{year}年建厂。", "{year_m}年起成为本会成员。", "产品具备CE标志。"),
            "head": ("〔{sector}〕", "名录分类：{sector}", "会员企业条目"),
            "tail": ("!联络人：{person}", "!详细联系方式请登录会员系统查询。"),
            "solo": ("{name}：{place}{noun}，{detail}，现正寻找{want}。", "{name}：{place}{noun}，{detail}；期望伙伴：{want}。"),
        },
        "en": {
            "offer": ("{name} — {noun}, {place}; {detail}.",
                      "{name} of {place} {does3}; {detail}.",
                      "{Noun}, {place}, est. {year}; {detail}.",
                      "{name} is a {noun} in {place} ({detail}).",
                      "{name} ({place}): {does3}; {detail}.",
                      "{name} · {noun} · {detail}."),
            "cue": ("{It} is presently looking for {want}.", "{It} would like to find {want}.",
                    "Searching for {want}; ask the secretariat for details.", "{It} seeks {want} for a first trial order."),
            "named": ("Desired counterpart: {want}.", "{It} welcomes contact from {want}.", "Wants to be introduced to {want}.",
                      "Would like an introduction to {want}."),
            "plan": ("Outlook: {plan}", "{plan}", "Priorities: {plan}"),
            "mid": ("Est. {year}.", "Employees: {staff_n}.", "Member of the association since {year_m}.", "Products carry the CE mark."),
            "head": ("Category: {sector}", "Directory section — {sector}", "Association member"),
            "tail": ("!Member contact: {person}", "!Full contact details in the member area."),
            "solo": ("{Noun} in {place} ({detail}), presently looking for {want}.",
                     "{Noun} in {place} ({detail}); welcomes contact from {want}."),
        },
    },
    "exhibitor": {  # an exhibitor (or hosted-buyer) profile in a trade fair catalogue
        "zh": {
            "offer": ("{name}来自{place}，是一家{noun}，{detail}。",
                      "{name}于{year}年起步，{does}，{detail}。",
                      "{name}位于{place}，{does}；{detail}。",
                      "{place}{noun}{name}，{detail}。",
                      "{name}深耕{place}{age}年，{does}，{detail}。",
                      "{name}是一家{noun}，员工{staff_n}名，{detail}。"),
            "cue": ("这一届展会，我们最想找到{want}。", "这趟参展的目的，就是寻找{want}。", "我们在找{want}，欢迎来展位坐坐。",
                    "我们衷心寻求{want}。"),
            "named": ("欢迎{want}到展台详谈。", "诚意邀约：{want}。", "展期内，我们最期待见到{want}。",
                      "希望在展会上与{want}面对面交流。"),
            "plan": ("{plan}", "本次参展计划：{plan}"),
            "mid": ("展位现场有样机演示。", "本展我们已参加过{m}届。", "员工共计{staff_n}名。", "展位有英语翻译全程陪同。"),
            "head": ("展位号：{hall}馆{booth}", "参展企业介绍", "{hall}号展馆·{booth}展位"),
            "tail": ("!展位负责人：{person}", "!可提前预约展期会谈。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} based in {place}; {detail}.",
                      "Established in {year}, {name} {does3}; {detail}.",
                      "{name} of {place} {does3}: {detail}.",
                      "{name}, a {noun} in {place} since {year}; {detail}.",
                      "Out of {place}, {name} {does3}; {detail}.",
                      "{name} is a {noun} employing {staff_n} people; {detail}."),
            "cue": ("While at the show, we are looking for {want}.", "We came to the fair to find {want}.",
                    "Our aim this week is to find {want}.", "We seek {want}; please visit our stand."),
            "named": ("We would be delighted to host {want} on our stand.", "Top of our meeting list: {want}.",
                      "Appointments at the stand are open to {want}.", "We have set aside meeting slots for {want}."),
            "plan": ("{plan}", "What brings us to the show: {plan}"),
            "mid": ("Live machine demos at the stand.", "Number of past editions attended: {m}.", "On-site team: {staff_n}.",
                    "Spanish- and English-speaking staff at the stand."),
            "head": ("Stand {booth}, Hall {hall}", "Show Catalogue Entry", "Hall {hall} / {booth}"),
            "tail": ("!Stand manager: {person}", "!Book a meeting slot ahead of the show."),
            "solo": (),
        },
    },
    "matchmaking": {  # the free-text field of a match-making request form, first person
        "zh": {
            "offer": ("我方是{place}的{noun}，{detail}。",
                      "我公司{does}，{detail}。",
                      "{name}（{place}）{does}，{detail}。",
                      "{name}是一家{noun}，{detail}，{year}年成立。",
                      "我们主要{does}，{detail}。",
                      "公司在{place}，{does}，{detail}。"),
            "cue": ("这次洽谈会我们希望找到{want}。", "想寻找{want}。", "我们在找{want}，希望安排见面。", "我们寻求{want}，期待长期合作。"),
            "named": ("希望会见：{want}。", "请帮忙安排{want}。", "意向洽谈对象：{want}。", "首选会面对象：{want}。"),
            "plan": ("{plan}", "报名本次活动的原因：{plan}"),
            "mid": ("员工{staff_n}名。", "线上线下会谈均可。", "参会人员能用英语交流。", "产品已有CE标志。"),
            "head": ("企业介绍及希望会见的对象：", "会见需求", "请简述贵公司业务和希望会见的企业："),
            "tail": ("!到会代表：{person}", "活动期间任何时段都可以。"),
            "solo": ("我们是{place}的{noun}，{detail}，想找到{want}。", "{place}{noun}，{detail}，希望会见{want}。"),
        },
        "en": {
            "offer": ("We are a {noun} located in {place} ({detail}).",
                      "We {does1}; {detail}.",
                      "{name}, {place}: we {does1}; {detail}.",
                      "We are a {noun} set up in {year}; {detail}.",
                      "Based out of {place}, we {does1}; {detail}.",
                      "{name} is a {noun}: {detail}."),
            "cue": ("We are looking for {want}.", "Seeking {want}.", "We hope to find {want} over these two days.",
                    "We want to find {want} and work together for years."),
            "named": ("Please set up a meeting with {want}.", "Best-fit partner: {want}.", "We would welcome a meeting with {want}.",
                      "Meeting priority: {want}."),
            "plan": ("{plan}", "Reason for registering: {plan}"),
            "mid": ("{staff_n} employees.", "Online or in-person meetings both work.", "Our attendee speaks Spanish and English.",
                    "Our products carry the CE mark."),
            "head": ("About your company and the partner you want to meet:", "Who we hope to meet",
                     "Briefly describe your business and the companies you would like to meet:"),
            "tail": ("!Delegate attending: {person}", "Any meeting slot during the event suits us."),
            "solo": ("We are a {noun} in {place} ({detail}) looking for {want}.",
                     "We are a {noun} in {place} ({detail}) and would welcome a meeting with {want}."),
        },
    },
    "anniversary": {  # NEW: the post on the company's news page that marks its anniversary
        "zh": {
            "offer": ("{age}年前，{name}在{place}起步，如今已是一家{noun}，{detail}。",
                      "今年是{name}成立的第{age}个年头，我们依旧{does}，{detail}。",
                      "从{year}年创办到今天，{name}已成长为一家{noun}，{detail}。",
                      "{age}周年之际，{name}有员工{staff_n}名，{detail}。",
                      "{year}年，{name}在{place}成立；{age}年后的今天，我们{does}，{detail}。",
                      "作为{place}的一家{noun}，{name}走过了{age}年，{detail}。"),
            "cue": ("接下来这一年，我们要做的第一件事，是找到{want}。", "周年之际，我们正在寻找{want}。",
                    "下一个阶段，我们寻求{want}一同前行。", "我们也在物色{want}，欢迎朋友们引荐。"),
            "named": ("借周年之机，诚邀{want}与我们携手。", "我们期待来年与{want}结成伙伴。",
                      "您若是{want}，欢迎来{place}与我们同庆。", "下一程，我们想与{want}同行。"),
            "plan": ("{plan}", "面向下一个十年：{plan}", "新一年的打算：{plan}"),
            "mid": ("感谢每一位员工和客户的陪伴。", "如今全厂{staff_n}人。", "{year}年，一切从零开始。", "周年庆典将在厂区举行。"),
            "head": ("{name}成立{age}周年", "周年纪念｜感恩同行", "公司新闻：{age}周年"),
            "tail": ("!{title} {person}", "感恩一路有您。"),
            "solo": (),
        },
        "en": {
            "offer": ("{age} years ago, {name} opened its doors in {place}; now it is a {noun} ({detail}).",
                      "This year marks {age} years since {name} was founded, and we still {does1}; {detail}.",
                      "Since {year}, {name} has developed into a {noun}; {detail}.",
                      "As {name} turns {age}, our staff count stands at {staff_n}; {detail}.",
                      "{name} began in {place} in {year} and now {does3}; {detail}.",
                      "For {age} years, {name} has been a {noun} in {place}; {detail}."),
            "cue": ("As we start our next chapter, we are looking for {want}.", "Over the coming twelve months, we hope to find {want}.",
                    "We seek {want} to share the road with us.", "We are searching for {want}; introductions are welcome."),
            "named": ("To mark the occasion, we would welcome a letter from {want}.", "We would love to celebrate the next anniversary with {want}.",
                      "If you are {want}, come and celebrate with us in {place}.", "Our next partnership, we hope, will be with {want}."),
            "plan": ("{plan}", "Looking to the next decade: {plan}", "What the new year holds: {plan}"),
            "mid": ("Thank you to every employee and customer who got us here.", "{staff_n} people now work with us.",
                    "In {year} we started from nothing.", "An open house at the plant will mark the day."),
            "head": ("Celebrating {age} Years", "{age} Years of {name}", "Company News: Our Anniversary"),
            "tail": ("!{person}, {title}", "Here's to the years ahead."),
            "solo": (),
        },
    },
    "vision": {  # NEW: the company's mission-and-vision page, first person
        "zh": {
            "offer": ("作为{place}的{noun}，我们的使命是让每一个工地都放心：{detail}。",
                      "{name}是一家{noun}，{detail}；我们相信，好设备是施工质量的底气。",
                      "我们是{place}的一家{noun}，{detail}，始终把可靠放在第一位。",
                      "{name}{year}年创立至今，{does}，{detail}。",
                      "我们{does}，{detail}；我们的价值观很简单：守信、务实。",
                      "{name}，{place}{noun}，{detail}，团队{staff_n}人。"),
            "cue": ("我们的愿景之一，是找到{want}，一起走得更远。", "为实现这一愿景，我们正在寻找{want}。",
                    "我们寻求{want}，共同把这件事做成。", "接下来三年，我们要物色{want}。"),
            "named": ("愿景：成为{want}最信赖的合作伙伴。", "盼与{want}长期携手。", "愿与{want}共担风雨、共享成果。",
                      "理想中的合作伙伴：{want}。"),
            "plan": ("{plan}", "三年愿景：{plan}", "我们要做到：{plan}"),
            "mid": ("价值观：诚信、专注、安全。", "团队现有{staff_n}人。", "我们从{year}年出发。", "宁可慢一点，也要把安全做到位。"),
            "head": ("使命与愿景", "我们的使命", "愿景·使命·价值观"),
            "tail": ("!{title} {person}", "与时间做朋友，与伙伴共成长。"),
            "solo": (),
        },
        "en": {
            "offer": ("Our mission, as a {noun} in {place}, is work that holds up on every jobsite; {detail}.",
                      "{name} is a {noun} ({detail}), and we believe good equipment is the backbone of good work.",
                      "We are a {noun} in {place}; {detail}, and reliability comes first.",
                      "{name} has been a {noun} since {year}; {detail}.",
                      "We {does1}; {detail}, guided by two values: keep our word and do the work right.",
                      "{name} is a {noun} with {staff_n} people; {detail}."),
            "cue": ("Part of our vision is to find {want} and grow together.", "To get there, we are looking for {want}.",
                    "We seek {want} to build this with us.", "Over the next three years we hope to find {want}."),
            "named": ("Vision: to become the most trusted partner of {want}.", "We want to work side by side with {want} for years.",
                      "We are ready to share risks and rewards with {want}.", "The partner we picture: {want}."),
            "plan": ("{plan}", "Our three-year vision: {plan}", "Where this takes us: {plan}"),
            "mid": ("Our values: integrity, focus, safety.", "{staff_n} people share this mission.", "We set out in {year}.",
                    "We put safety ahead of speed."),
            "head": ("Mission and Vision", "What Drives Us", "Vision, Mission, Values"),
            "tail": ("!{person}, {title}", "Built to last, together."),
            "solo": (),
        },
    },
    "contact": {  # NEW: the introduction at the top of the company's "contact us" page
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "感谢您关注{name}：我们{does}，{detail}。",
                      "我们位于{place}，{does}，{detail}。",
                      "{name}{year}年成立，如今是{noun}，{detail}。",
                      "我们{does}，{detail}，任何问题都欢迎来信。",
                      "{name}员工{staff_n}名，{does}，{detail}。"),
            "cue": ("我们正在寻找{want}，贵司如符合，请填写下方表格。", "眼下公司在物色{want}，请来电详谈。",
                    "我们寻求{want}，来信请注明“合作”。", "希望通过本页找到{want}。"),
            "named": ("您若是{want}，请直接拨打业务部电话。", "{want}的来信，我们会优先回复。",
                      "欢迎{want}通过以下方式与我们取得联系。", "洽商合作（{want}）请发邮件至业务部。"),
            "plan": ("{plan}", "关于合作：{plan}"),
            "mid": ("工作日二十四小时内答复。", "来访请提前一天预约。", "员工{staff_n}名，随时为您服务。", "周一至周六8:00至17:30有人值守。"),
            "head": ("联络本公司", "联络方式", "与我们联络"),
            "tail": ("!业务部：{person}（{title}）", "!厂址：{place}"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} in {place}; {detail}.",
                      "Thanks for your interest in {name}: we {does1}; {detail}.",
                      "We are located in {place} and {does1}; {detail}.",
                      "{name} got its start in {year} and today is a {noun}; {detail}.",
                      "We {does1}; {detail}, and we answer every message.",
                      "{name} has {staff_n} employees and {does3}; {detail}."),
            "cue": ("We are looking for {want}; if that is you, use the form below.", "We are currently searching for {want}, so please call.",
                    "We seek {want}; put \"partnership\" at the top of your email.", "Through this page we hope to find {want}."),
            "named": ("Are you {want}? Call our sales desk directly.", "Messages from {want} get answered first.",
                      "{want_cap} can reach us through the details below.", "Partnership inquiries from {want}: email our sales team."),
            "plan": ("{plan}", "About partnerships: {plan}"),
            "mid": ("We reply within one business day.", "Visitors, please book a day ahead.",
                    "Our office is staffed Monday to Saturday, 8 to 5:30.", "{staff_n} staff across sales, service and the plant."),
            "head": ("Reach Our Team", "Ways to Reach Us", "Write or Call Us"),
            "tail": ("!Front office: {person}, {title}", "!Plant address: {place}"),
            "solo": (),
        },
    },
}  # fmt: skip
VOICE = {
    "about": 1,
    "directory": 3,
    "exhibitor": 1,
    "matchmaking": 1,
    "anniversary": 1,
    "vision": 1,
    "contact": 1,
}
HEAD_P = {
    "about": 0.3,
    "directory": 0.5,
    "exhibitor": 0.65,
    "matchmaking": 0.5,
    "anniversary": 0.75,
    "vision": 0.6,
    "contact": 0.55,
}
LINED_P = {
    "about": 0.15,
    "directory": 0.3,
    "exhibitor": 0.25,
    "matchmaking": 0.4,
    "anniversary": 0.3,
    "vision": 0.35,
    "contact": 0.4,
}

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("鑫", "坤", "磊", "固", "岳", "铮", "垒", "巍", "砺", "钧", "筑", "嵘", "骁", "拓", "峻", "坚")  # fmt: skip
ZH_SUFFIX = {"neutral": ("建机科技有限公司", "工程装备有限公司", "有限公司", "机具有限公司"),
             "R": ("精工部件有限公司", "铸件有限公司", "配件制造有限公司"),
             "M": ("建筑机械有限公司", "机器制造有限公司", "重机有限公司"),
             "D": ("贸易有限公司", "进出口有限公司", "供应链管理有限公司"),
             "E": ("建筑工程有限公司", "路桥工程有限公司", "工程施工有限公司")}  # fmt: skip
PINYIN = ("Kunlei", "Yuezheng", "Weituo", "Junzhu", "Chonglei", "Xiaofeng", "Gulin", "Lixin", "Zhengkun", "Tuoyue")  # fmt: skip
CN_EN_WORD = {"neutral": (" Technology", " Equipment", ""), "R": (" Castings", " Precision Components"),
              "M": (" Machinery Manufacturing", " Building Machinery"), "D": (" Import & Export", " Trading"),
              "E": (" Construction Engineering", " Civil Works")}  # fmt: skip
EN_WORDS = ("Ardmore", "Dunham", "Eastlake", "Quarrystone", "Sandford", "Ashbury", "Bramblewood", "Cragmont",
            "Deerlick", "Flintridge", "Harrowfield", "Ivorydale", "Kettleby", "Moorcroft", "Nettleton", "Pelham",
            "Rushmore", "Stonecrest", "Upland", "Yarrow")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Castings", "Machined Parts", "Components Inc."),
             "M": ("Manufacturing", "Machine Works", "Industries"),
             "D": ("Equipment Supply", "Distributors", "Wholesale"),
             "E": ("Contracting", "Construction", "Sitework")}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ("高建军", "卢慧娟", "曹云鹏", "彭雪芹", "蒋国庆", "袁晓梅"),
    ("CN", "en"): ("Gao Jianjun", "Lu Huijuan", "Cao Yunpeng", "Peng Xueqin", "Jiang Guoqing"),
    ("US", "en"): ("Brenda Gaskill", "Curtis Lyle", "Darlene Foust", "Everett Dobbs", "Lenore Baptiste", "Roy Tillotson",
                   "Shelby Truitt", "Wade Pruett"),
    ("US", "zh"): ("Brenda Gaskill", "Everett Dobbs", "Shelby Truitt"),
}  # fmt: skip
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购总监", "物资部经理", "采购经理"), "down": ("外贸部经理", "外销部主管", "海外市场经理"),
           "any": ("总经理", "董事长", "副总经理")},
    "en": {"up": ("Purchasing Director", "Materials Manager", "Purchasing Manager"),
           "down": ("International Sales Lead", "Business Development Manager", "Sales Director"),
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
# Layout (as in set 36, which has it from set 35)
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
    r"([\d,]+) (?:territory reps|masons|sprinkler fitters)|(?:业务代表|砌筑工匠|安装工人)(\d+)人"
)
CREWS_IN_DETAIL = re.compile(r"([\d,]+) [a-z -]*crews|班组(\d+)个")
CREW_SIZE = 4  # people counted per crew a detail names


def staff_of(rng: random.Random, detail: str, lang: str) -> str:
    """A head count above any count of people the detail gives, a crew counting four (at most
    1,800 when it gives none, so that the larger counts stay with the companies whose details
    need them)."""
    people = [int((a or b).replace(",", "")) for a, b in PEOPLE_IN_DETAIL.findall(detail)]
    crews = [int((a or b).replace(",", "")) * CREW_SIZE for a, b in CREWS_IN_DETAIL.findall(detail)]
    least = max(people + crews, default=0)
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
    assert len(EARLIER_CHAINS) == 505
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("*.json"):  # the prefixes are this set's alone: no '"q8' elsewhere
        if not other.name.startswith(NAME):
            text = other.read_text("utf-8")
            assert '"q8' not in text and not own_ids.search(text), other.name
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
    assert len(GENRES) == 7 and {"anniversary", "vision", "contact"} <= set(GENRES)
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
