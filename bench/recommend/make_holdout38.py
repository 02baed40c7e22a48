# ruff: noqa: E501  (sentence templates and chain vocabularies are data; wrapping them hurts reading)
"""Write the thirty-eighth held-out ROLE set: ``roles_holdout38.json`` / ``roles_holdout38_gold.json``.

    python bench/recommend/make_holdout38.py

Written blind by a helper session that neither read nor ran the recommender engine: nothing
under ``src/`` or ``docs/``, no README, no results, no evaluation, fitting, study, comparison or
speed script, no ``*.json`` content (``check`` only searches the other files for this set's
ids; this set's own output was looked at only through ``build()``), and no Python importing
the engine was run. Only ``make_holdout37.py`` was read in full (format, construction and check
code: its layout, gold and check code is copied here, not imported, with the changes listed
below); of the other ``make_*.py`` only the module docstrings were read (printed with
``ast.get_docstring``), to keep the domain, the chains and the kinds of text new; of
``/tmp/nv`` only ``chainkeys.txt``, the 515 earlier chain keys (``_EARLIER``; ``check`` asserts
that no key of this set is among them); of ``pyproject.toml`` only the ruff settings. The id
prefixes ``q9cn`` / ``q9us`` occur in no other file (``grep -l '"q9' bench/recommend/*.json``
printed no file before this set was written; ``check`` asserts it over every ``*.json`` beside
this script). Nothing may be fitted or tuned on this set.

What it tests, as set 37 does: profiles written by the companies themselves, in free text
only, in both languages; a Chinese maker seeking a US distributor must find that distributor
above US makers of the same goods that seek distributors too. New here: a domain no earlier set
used (scuba diving and snorkeling equipment: what a dive center, a dive boat or a commercial
diving crew takes under water; not the kayaks of set 9, the surfboards of set 21, the swimwear
of corpus 12 or the marine rope of set 22) and three kinds of company-written text no earlier
generator's docstring names (the short blurb in the footer of the company's own website, the
notice announcing its change of name, and the notice announcing its move to new premises).

Novelty, checked with ``grep -ilF`` over ``bench/recommend/make_*.py`` and
``bench/recommend/*.json``, printing file names only. Every product (under each of its trade
names), end-user phrase, role noun, detail and material of the chains below, the sectors, the
Chinese places, the US cities (English and Chinese, with and without the state), the name
parts (every generated company name and former name, its two-character core or its first two
words, the legal forms), customers' and people's names, titles, months, the generic role nouns
and cue words, and every literal piece of every template (offers, wants, plan frames, plans,
negations, served-customer lines, material wants, fillers, headers, closing lines, want forms),
English and Chinese, cut at its slots and again at its punctuation, was grepped as a full
phrase: 2,224 phrases in the last pass, after some 770 candidate phrases had been grepped in
earlier passes. None of the chains' words, details or places matches, nor any company name,
former name, customer or full person's name. What still matches (304 phrases) is of five
sorts, kept: (1) the cue words and cue phrases every set needs (寻求, 寻找, 物色, 在找, 找到, 希望结识,
我们在找, 我们寻求, 我们希望找到, 我们正在寻找, 正在寻找, 正在物色, 正寻求, 希望找到; looking for, look
for, seek, seeks, search, find, to find, hunt for, We are looking for, We are searching for, We
hope to find, We seek, We want to find, Searching for, Seeking, is looking for, is searching
for, hopes to find); (2) the generic role nouns (经销商, 批发商, 进口商, 代理商, 生产厂家, 工厂, 制造商,
生产商, 供应商, 零部件供应商, 配套供应商, 原材料供应商, 终端用户, 直接用户, 批量采购客户, distributor,
importer, wholesaler, manufacturer, factory, producer, maker, supplier, parts supplier,
component supplier, end user, direct buyer, volume buyer, broker) and the country forms (美国,
中国, 中国的, 在中国的, 在美国的, 一家中国, 中国产, 美国产, a US, an American, a Chinese, an
established, based in China, in China, in the US, the US, in the United States, American,
Chinese, US-made, Chinese-made, made in, produced in, built in); (3) short generic pieces, two
English words or three Chinese characters at most, inside longer lines that match nothing (is
a, as a, We are a, based in, Based in, Founded, Founded in, Out of, out of, Since, Est, years,
people, employees, on staff, still, now, where, so that, such as, including, among them, both,
half of, to buy, to companies in, that build, can ship, would like, open to, will come from,
Next year, Next season, From next year, this year, If you are, Are you, please; 的一家, 是一家,
我们是, 我们是一家, 我公司, 位于, 地处, 创办于, 年成立, 年创立, 年在, 创业, 现为, 如今, 一直在, 今后, 明年,
明年起, 下季度, 月起, 经过, 准备在, 打算在, 打算把, 要在, 想在, 想与, 想和, 希望在, 期待与, 诚邀, 欢迎, 分享,
那些, 几家, 发给, 装配, 定制, 造的, 生产的, 直接卖给, 愿按, 的企业, 的团队, 的客户, 有员工, 名员工, 地址,
联系人, 联系方式, 号馆, 展位, 市场, 回 in 来过{m}回, the dash ——) and 特此公告, the set formula that
closes a Chinese notice; (4) single common words (After, All, At, For, From, The, Our, We, Next,
Meet, Jobs, News, Products, Contact, Partnerships, Booth, Hall; the verbs makes, builds, buys,
puts, keeps, supplies, distributes, manufactures …, 生产, 经销, 批发, 采购, 加工, 希望); (5) legal
forms, titles, months and states (有限公司, 贸易有限公司, 进出口有限公司, 商贸有限公司, Co., Ltd., Inc.,
LLC, Group, Partners, Trading, Import & Export, Components, Precision, Manufacturing,
Industries, Distributors, Wholesale; 总经理, 董事长, 副总经理, President, Owner, General Manager;
January to December; Florida, Texas, California, Washington, Massachusetts, Michigan,
Mississippi, North Carolina, and the "St" of St. Augustine). The marker words of the new kinds
match nothing (快速链接：产品一览｜新闻资讯｜联系方式, 网站导航, 人才招聘｜在线留言, 版权所有 © 2026,
隐私政策｜使用条款｜网站地图, 请点击页面右下角留言, Quick Links: Products | News | Contact, Site
Navigation, All rights reserved, Privacy Policy | Terms of Use | Site Map, Drop us a note;
更名公告, 关于公司名称变更的公告, 公司更名通知, 更名为, 由…更名而来, 原有合同、账户与发票信息均继续有效, Notice
of Name Change, Our New Name, A New Name for Our Company, formerly, goes by, Existing agreements
and bank details stay as they are; 乔迁公告, 我们搬家了, 迁址通知, 乔迁之际, 迁入, 期待在新址与您相见,
We've Moved, New Address, Same Team, Moving Announcement, new premises, has outgrown its old
building, Phone numbers and email addresses are unchanged) but the single words noted above.
Single words that match inside other text and are kept only inside longer phrases that match
nothing: 潜水 (corpus 7, set 25; here 潜水面镜, 潜水服…), BCD (inside the booth letters
"ABCDEFGH" of many sets; here BCDs, BCD OEM…), regulator (corpus 15) and 调节器 (set 31), 气瓶
(corpora 4, 9, 14), cylinder (many sets), 新址 (corpora 1, 9, sets 15, 31). Earlier chain keys
that occur here as plain words are other goods: compressor (corpus 2's screw air compressors;
here dive compressors), valve (set 9's industrial valves; here tank valves), tape (set 18's
adhesive tape; here wetsuit seam tape), water (bottled water; here cold-water and open-water).
The chain keys below occur in no text.

Replaced after a match: the places 集美 (sets 21, 24), 南安 (corpus 5, set 12), Zhangpu (set 35),
观澜 / Guanlan (set 36), Henggang (set 26), 镇海 / Zhenhai (set 34), 椒江 / Jiaojiang (set 35), 即墨 /
Jimo, 胶州 / Jiaozhou (set 36), 荣成 / Rongcheng (corpus 1, set 31) and the candidates 淡水, 万宁 /
Wanning, Shiyan; the chain words 蓝宝石表镜 / sapphire crystals (set 19's watches) and 钛合金 /
titanium; neoprene / 氯丁 (set 32) and scooter (corpus 3's kick scooters and many sets; the
propulsion units are DPVs here) are not used; the details 3 warehouses (set 35), 380 store
accounts (set 26), 客户门店1100家 / 1,100 store accounts (sets 24, 36), 2 million pairs a year
(set 24), 传感器年产200万只 / 2 million sensors a year (set 35), 80,000 units a year (set 19),
贴牌10台起 and 贴牌20台起 (set 37); the name parts Osprey, Mariner, Tidewater, Hongyuan, Molding
and the candidates Sandpiper, Pemberton, Quimby, Rasmussen, Tennyson, Underhill; the customers
Cartwright, Gallagher, Whitlock; the people Xu Haitao / 许海涛, Lin Xiaoyan / 林晓燕; the US
cities Ventura and Destin; the titles Head of Purchasing, Sourcing Manager, Export Manager,
Managing Director, Founder, 供应链总监, 采购主管, 国际贸易部经理, 海外销售总监, 执行董事 and the
candidates Head of Procurement, Purchasing Lead, Supply Chain Director, Channel Development
Manager, Head of International Business, Head of Export, Partnerships Manager, Co-Founder,
国际业务部经理, 国际贸易部主管, 海外渠道经理, 海外市场总监, 创始人; the negation words 中间贸易商,
采购代理, sourcing agent and middleman. Replaced template pieces that an earlier text has word
for word: headers and lines 企业自述, 名录条目, 会员名录, 展商名录, 对接意向, 产品中心, 产品展示, 企业动态,
Exhibitor Listing, Member entry, The Short Version, In a Nutshell, Briefly, Who We Are, Careers,
Message Us, Write to Us, Stories, · Booth, Booth contact, Sales contact, 展位联系人, ISO 9001
registered, Holds ISO 9001 certification, Quality system: ISO 9001, Plans, Year ahead, Looking
ahead, Coming year, Outlook (which also holds "look for"), On the agenda, Staff, Staff count,
Team size, Address, Where we are, 员工共, 员工总数, 在岗员工, 在职, 公司现有员工, 公司员工, 团队共,
展位配有英文翻译, 次参加, 届, 年入会, 加入本会, 欢迎来访, 联系方式见会员系统, 年度计划, 发展规划, 参展目标,
接下来, 下一步打算, Why we signed up, Any time slot during the event works for us; offers and wants
起家, 立足, 已经营, 在{place}做了, 目前是, 仍在, 我们仍是, 我们还是, 公司总部设在, 我方是, 我司是, 我们公司是,
我们这边是, ，成立于, 成立；, 本次对接, 就是为了寻找, 我们正在物色, 目前在寻找, 我们在寻找, 希望能找到, 拟对接,
意向伙伴, 合作意向, 合作对象, 合作伙伴招募, 伙伴招募, 携手合作, 携手, 我们期待与, 建立长期合作, 盼与, 愿与, 来函,
来电洽谈, 欢迎留言, 莅临展位, 展会期间, 新名字, opened in, has spent, years as a, was founded in,
has operated in, Operating since, In business since, we remain a, As of, Effective, is now,
located in, New name, The same, Contracts, around, We welcome inquiries from, We would be glad
to hear from, to build the business with, long-term work, for steady, for the long run, Best
match for us, Please arrange a meeting with, during the event, while we are here, We are
exhibiting to find, at our booth, at booth, We invite, would like to meet, Preferred partner,
Partner profile, Good fit, is currently looking for, currently looking for, Partner program,
Calls from, are welcome, any weekday, Send us a message, on board, as a partner, to our
partners, at the new site; plans 新生产线投产后, 按月交货, 能照, 下半年起, 一年后, 希望明年,
不经过中间环节, 准备直接卖给, 签下几家, 的固定客户, 完全按, 一周内送到, Later this year, buying of,
will source, The next generation of, the first lot at cost, directly to companies in, straight
to companies in, that put, are assembled, with deliveries every month, close to home, market
without a warehouse of, will enter the, and deliver them, In a year, bought outright and held by
a partner there, own brand, will order, will come straight from, will sell the, will offer the,
can get, within three days, will have, built to order in, own specifications, own requirements,
will pay for tooling in, will be bought a few at a time, as needed, from stock kept in, from
stock already in, from ready stock in, will pick up; negations, served lines, material wants
and verbs 请勿来电, 暂不与, No approaches from, at the moment, thanks, not this time, 例如,
供货，包括, 长期给, 其中有, 我们为, Our customers today are, We supply, 的稳定货源, 的长期货源, 按月下单,
，长期合作, 研发制造, 专做, 只做, by the dozen, stock and ship, in volume, by the pallet (a chain
key); the want forms 扎根中国的, 美国生产的, 中国生产的, an experienced, a well-established, in
mainland China, produced in China, China-made.

Standard library only and deterministic (``random.Random(SEED)``); it imports no other generator.

* Ten value chains of scuba diving and snorkeling equipment, a domain no earlier set used (not
  the light construction equipment of set 37, the automotive service equipment of set 36 or
  the workplace safety supplies of set 35), all goods China exports to the US in volume and the
  US makes and sells too: scuba regulators, BCDs (buoyancy compensators), scuba tanks, dive
  compressors (scuba breathing and buoyancy gear); wetsuits, dive masks, dive fins (dive suits
  and snorkeling gear); dive computers, dive lights, diver propulsion vehicles (dive
  electronics and underwater propulsion). Keys: scubareg, bcdvest, scubatank, fillstation,
  neosuit, divemask, divefin, divecomp, divetorch, dpvthruster. Stages R raw material or key
  component (regulator case molder, silicone mouthpiece maker, regulator diaphragm maker,
  bladder welding shop, power inflator maker, backplate stamping shop, aluminum slug maker,
  tank valve maker, burst disc maker, compressor head foundry, breathing air cartridge maker,
  condensate separator maker, wetsuit foam laminator, jersey lining knitter, seam tape maker,
  tempered lens maker, liquid silicone skirt molder, mask frame molder, fin blade molder, foot
  pocket molder, bungee heel strap maker, depth sensor maker, computer housing machine shop,
  tank pressure transmitter maker, light body machine shop, TIR optic maker, sealed switch
  maker, thruster unit maker, pressure hull molder, propeller molder), M maker, D distributor /
  importer / wholesaler / agent, E end buyer or user (dive center chain, commercial diving
  contractor, liveaboard operator, scuba certification school, underwater recovery company,
  marine survey diving company, dive boat operator, hull cleaning company, underwater welding
  contractor, paintball park chain, island dive base operator, underwater construction company,
  triathlon race organizer, open-water swimming club, marine science diving company, snorkel
  tour operator, catamaran tour company, coral restoration company, freediving school,
  lifeguard services company, spearfishing charter, technical diving school, underwater
  archaeology firm, scientific diving service, wreck diving charter, cave diving school,
  underwater inspection company, underwater security patrol company, sea cucumber farm,
  shipwreck exploration company). Each company is at one stage and seeks an adjacent one (R
  seeks M; M seeks R, D or E; D seeks M or E; E seeks M or D). Four, three and three chains per
  sector. The chains share buyers and words (dive, scuba, divers, dive boats; 潜水 in nearly
  every Chinese noun), so the other chains of a sector are near misses.
* 40 Chinese (CN) and 70 US companies, 4 and 7 per chain, ids ``q9cn001``... and ``q9us001``...
  shuffled within each side; gold partners (same chain, each one's stage what the other
  seeks, both ways), and beside every CN company's partner a US competitor (same stage, same
  want), a US company offering what it seeks but seeking something else and one wanting its
  goods but offering nothing it seeks (where the stages allow), then companies at other stages
  and of the other chains: constructed as in set 37 (``needs``, ``lay_out``), a layout kept only
  when every CN company has exactly one US partner (``check`` asserts it; 40 gold pairs).
* CN companies write mainland business Chinese (eight write English, spread over the kinds);
  US companies write English (seven write Chinese, one per kind). Free text only: no offer or
  seek codes, no stage words.
* Seven kinds of profile, all the company's own text, 5 or 6 CN and 10 US each: four kinds
  of set 37 with templates written anew — the "About us" paragraph of its directory page
  (公司概要, 本司自述 / Who We Are in Two Lines, Our Business in Short; first person), an entry of
  the trade body's member directory (会员目录｜…, 名录登记 / Listing category: …, Listed member;
  third person, terse), an exhibitor or hosted-buyer profile in a fair catalogue (…号馆…展位,
  参展商一览 / Booth … in Hall …, Exhibitors A–Z; the company in the third person, the want in
  the first), the free-text field of a match-making request form (约见需求填写 / Whom we want to
  meet; first person) — and three new ones: NEW, the short blurb in the footer of its own
  website (快速链接：产品一览｜新闻资讯｜联系方式, 网站导航 / Quick Links: Products | News | Contact, Site
  Navigation: "{name}，{noun}，…", "{name} — {noun}, …", "{want}请点击页面右下角留言", "Are you …?
  Drop us a note.", office hours, closed by "版权所有 © 2026 {name}" / "© 2026 {name}. All
  rights reserved." or the policy links; third person); NEW, the notice announcing its change
  of name (更名公告, 关于公司名称变更的公告 / Notice of Name Change, Our New Name: "自…月1日起，…正式更名为…",
  "{name}（原…）", "{name}, formerly …", "From … 1, … goes by …", "借更名之机…", "Under our new
  name we hope to find …", contracts and bank details unchanged, "特此公告。", signed; first
  person); NEW, the notice announcing its move to new premises (乔迁公告, 我们搬家了, 迁址通知 /
  We've Moved, New Address, Same Team, Moving Announcement: "…已迁入…的新园区", "经过…年发展，…搬进了…",
  "… has outgrown its old building and moved within …", "With room to grow, we are looking for
  …", "诚邀…来新址洽谈", "We would be glad to give … a tour", phone numbers unchanged; first
  person). Per kind and language: six offer templates, four want templates of each of the two
  named kinds, two or three plan frames, four filler lines, headers and closing lines; the
  directory entries and match-making requests also have one-sentence forms holding both (8
  profiles).
* Profiles run from one to five sentences below an optional header. The goods go by their
  trade names and synonyms (潜水调节器, balanced scuba regulators; 浮力背心, jacket BCDs, backplate
  and wing rigs; 铝合金潜水气瓶, AL80 tanks; 潜水充气泵, tank fill stations; 湿式潜水服, shorty
  wetsuits; 全脸浮潜面罩, low-volume masks; 自由潜长脚蹼, open-heel fins; 气压一体式潜水电脑, console
  dive computers; 潜水背灯, canister lights; 潜水助推器, DPVs…), the partner by a role noun of its
  chain, by a role word and the goods, or only by role and country. Three kinds of want, two
  to two to one on each side: with a verb of seeking, naming the partner without one, and a
  plan that describes the partner by what it would do, with no role noun (plans, negations,
  served-customer lines and material wants written anew). ``check`` asserts that the cue words
  occur anywhere in a profile exactly when its want is of the first kind, and that no plan
  names a noun, specific or generic, of the stage sought.
* Hard cases as in set 37, with its checks and quotas: customers already served named in the
  profile (of a stage other than the one sought; 12), negated wants ("…一律谢绝", "…眼下不在合作范围内",
  "… please do not call", "We have no opening for … just now"; 7), role words in company names
  that differ from the company's stage (9), wants naming only a generic role and the country
  (9), a maker's want named by its input material (5). The want comes first (18), in the middle
  (28) or last (56), or shares one sentence with the offer (8). Head counts are kept above any
  count of people a profile gives (divers, instructors, lifeguards, technicians, reps).

Changes to set 37's code: the chains, places, names, titles and all templates; the kinds of
text (``footer``, ``renamed``, ``moved`` instead of ``anniversary``, ``vision``, ``contact``)
and the check of the new kinds; a former name for each company (slot ``old``, kept apart from
every company name) and the slots ``month`` / ``month_en``; the odds of a closing line by kind
(``TAIL_P``: nearly always in a footer, its copyright line); the people counted in the details
(``PEOPLE_IN_DETAIL``: divers, instructors, lifeguards, technicians, reps; no crews); the
checks of the 515 earlier keys and of '"q9' in every other ``*.json``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20380921
NAME = "roles_holdout38"
PREFIX = {"CN": "q9cn", "US": "q9us"}

# Chain keys used by earlier sets (/tmp/nv/chainkeys.txt as given to this helper, 515 keys);
# none may be used here.
_EARLIER = (
    "acousticpanel acrecovery acrylicdisplay aerosolcan aerostat agdrone airfilter airfryer "
    "aistraw aligner almond am amenity anchor animation aquafilter aquaheater archery artflower "
    "backpack badmintonshuttle baijiu baitstation bamboo barcode bathbomb bearing bed bedtoolbox "
    "beef beer bellowsbox berry bicycle billiards bindwire biobag birdfeeder birdsnest blinds "
    "boardgame boba boiler bonsaitray boothsystem bottle bowling bpmonitor brake bridal cabinet "
    "cable cablegland cabletie cabletray calculator calfhutch camcage camper camslider candle "
    "carlift carpet cart carton cartridgefuse carwash cashmere casket catheter catlitter cattree "
    "caulkgun ceilingfan cement centrifuge cfrp chair chalk changingstation charging chessset "
    "choppingboard chopstick cider climbhold clipper cnc coathanger cocoa coffee coldchain "
    "compressor cone confetticannon conveyor cookware coredrill cosmetics costume countertop "
    "countingframe cowbrush craftglitter crayon croquetset crowdbarrier crucible crusher "
    "cueglass cuirass cup dairy dartboardset dashcam deicer dentalunit desal desk dialyzer "
    "diaper diffbox dinnerware doccam dogharness dressing driedfruit drillbit drip drone "
    "dropliner drumhead drummixer dryer drywall dumpling duvet earbuds eartag ebike ebus egg "
    "electrode electrolyser elecwinch elevator embhoop energydrink envelope epoxy esl evcharger "
    "excavator extinguisher eyelash eyewashstn eyewear fabricdye fallharness farrowcrate "
    "fastener faucet fencer fertilizer fgmesh film firework firstaidkit flatglass floorgrinder "
    "floorjack floorliner floorpad floorsaw floss flour foamearplug foldfan footwear forklift "
    "formula fountainpen fries frozenveg furniture gardenstatue garlic garment gasdetector "
    "gearbox generics ginseng glassmosaic glove glueboard goalnet golf grabbar greenhouse "
    "greentea greetingcard grindwheel gripstand groundrod grout guitar gummy h2tank hairdryer "
    "hairdye hamaca handbag hangtag haynet hearingaid heatexchanger heatpump heatshrink heavybag "
    "helmet hinge hivisvest hoist honey horserug hose hotpot hotsauce hottub hullcraft hydcyl "
    "hydrant icecream iceskate imaging implant incense indgas infieldmix ink insectlight "
    "insulator intumescent inverter ivd jackstand jewelry jigsawpuzzle juice karaokeset kayak "
    "keg keypad keyscreen kimchi kitecraft knife knitneedle kombucha kscope ladder lanyard "
    "latexballoon laundry lcdmodule led ledstreet lensfilter lickblock lightgel lipbalm lithium "
    "localization locker lockoutkit loyly lubricant luggage magnet magnetwire mahjongtiles "
    "manhole mannequin marimbawood marinerope marotte massagechair mattress medal meddev "
    "microscope milkliner minibreaker mistmaker mlcc modeltrack moisturemeter mold mooncake "
    "mophead motor mountform mouthharp mower mushroom musicbox musicstand nailpolish netpen "
    "noodle nuts nylonyarn oatmilk oliveoil oring outletbox oven padlock paint pallet paperbag "
    "partswasher pasta pcb peach pencil perfume petfood phonecase phototripod piano pickle "
    "pickleball pictureframe pigfeeder pillow pinatacraft pingpong pipe pipette pipingtip piste "
    "platecompactor playingcard pokervibrator popcorn posterminal pouch poultrydrinker powerchip "
    "powerscreed powertool powertrowel printing projscreen ptoshaft pump pv racking radiator "
    "railcar rainbarrel razor reagent rebar receiptroll reedcane reefer respmask ribbon rice "
    "ricecooker ricenoodle rigidbox ringlamp robot robotarm robovac rollerchain roofing "
    "rubbermulch saddle safetysign safetyspecs sandwichpanel sanitizer sausage sawblade scaffold "
    "scantool scooter scrappaper scrubs seafood sealant seamlesspaper seatcover seating seaweed "
    "seedcoat sesameoil sewing shampoo shockabsorber shopcrane shredder sidestep silk sink "
    "skidplate slatfloor smartlock snowchain snowpaw socks sodamaker solarheater soy soysauce "
    "sparkplug spcfloor spice spillkit sportswear spring stagedrape stagetruss stallmat stapler "
    "startelescope stickynote storage stretchfilm stroller sugar sunglasses sunscreen surfboard "
    "surgeprotector suture swimwear swingseat syringe tackle tampingrammer tamtam tape tea "
    "tennisracket tent terrestrial thermostat tile tirechanger toiletpartition tonneaucover "
    "toothbrush towel toxinbinder toy tractionboard trampoline transformer treadmill treeshelter "
    "trekpole truckscale tuna turf turnout tyre ukulelekit umbrella upvcprofile urinalscreen "
    "valve vase vending vetvax vinegar violin visioncam vitamin walkroller wallcovering wallet "
    "wallreceptacle walnut wastecart wastewater watch water watermeter watertrough waxwrap "
    "weldwire wetwipe wheelaligner wheelbalancer wheelchair whiteboard wig wind windcock window "
    "windowsqueegee windshade wine wiperblade wireconnector wrench xmastree yeast yogamat zipper"
)
EARLIER_CHAINS = set(_EARLIER.split())


# ---------------------------------------------------------------------------------------------
# Chains. Per chain: sector (zh, en); the goods under their usual trade names (zh names, en
# names: the company's own goods for M, D and E, and what plans and role-and-goods wants name);
# what its end users do (zh, en; a relative-clause verb phrase, for the wants implied by a plan);
# per stage (zh nouns, en nouns, zh details, en details), the i-th detail going with the i-th
# noun; the material each R noun supplies (aligned with the R nouns); Chinese places (zh, en).
# The keys are words no description contains (texts write "dive masks", never the key).
# ---------------------------------------------------------------------------------------------
BREATH = ("潜水呼吸与浮力装备", "Scuba breathing and buoyancy gear")
SUIT = ("潜水服与浮潜装备", "Dive suits and snorkeling gear")
ELEC = ("潜水电子与水下推进设备", "Dive electronics and underwater propulsion")
CHAINS: dict[str, dict[str, object]] = {
    "scubareg": {
        "sector": BREATH,
        "product": (("潜水呼吸调节器", "潜水调节器", "潜水呼吸器", "平衡式潜水调节器"),
                    ("scuba regulators", "dive regulators", "regulator sets", "balanced scuba regulators")),
        "use": ("每天都要带潜水客人下水", "put divers in the water every day"),
        "R": (("调节器壳体注塑厂", "硅胶咬嘴厂", "调节器膜片厂"),
              ("regulator case molder", "silicone mouthpiece maker", "regulator diaphragm maker"),
              ("壳体年产80万只", "咬嘴年产500万只", "膜片年产900万片"),
              ("800,000 cases a year", "5 million mouthpieces a year", "9 million diaphragms a year")),
        "M": (("调节器工厂", "潜水调节器制造商", "调节器OEM工厂"),
              ("regulator factory", "scuba regulator maker", "regulator OEM"),
              ("年产调节器12万套", "全系列环境密封、平衡设计", "贴牌50套起做"),
              ("120,000 regulator sets a year", "environmentally sealed, balanced designs", "own-label runs from 50 sets")),
        "D": (("潜水装备进口商", "潜水用品批发商", "调节器代理商"),
              ("dive gear importer", "dive shop supplier", "regulator distributor"),
              ("年进口潜水装备30个货柜", "合作潜水店520家", "年出货调节器9000套"),
              ("30 containers of dive gear a year", "520 dive shop accounts", "9,000 regulators shipped a year")),
        "E": (("潜水中心连锁", "商业潜水工程公司", "船宿潜水运营商"),
              ("dive center chain", "commercial diving contractor", "liveaboard operator"),
              ("潜水中心14家", "持证潜水员90名", "潜水船6艘"),
              ("14 dive centers", "90 certified divers", "6 dive boats")),
        "material": (("调节器壳体", "硅胶咬嘴", "调节器膜片"), ("regulator cases", "silicone mouthpieces", "regulator diaphragms")),
        "places": (("灌口", "海沧", "同安"), ("Guankou", "Haicang", "Tong'an")),
    },
    "bcdvest": {
        "sector": BREATH,
        "product": (("浮力调整背心", "浮力背心", "夹克式浮力背心", "背飞浮力系统"),
                    ("BCDs", "buoyancy compensators", "jacket BCDs", "backplate and wing rigs")),
        "use": ("每天都要带新手练习中性浮力", "teach new divers to hold neutral buoyancy every day"),
        "R": (("浮力气囊热合厂", "低压充气阀厂", "背板冲压厂"),
              ("bladder welding shop", "power inflator maker", "backplate stamping shop"),
              ("气囊年产60万只", "充气阀年产90万只", "背板年产25万块"),
              ("600,000 bladders a year", "900,000 inflators a year", "250,000 backplates a year")),
        "M": (("浮力背心工厂", "浮力背心制造商", "浮力背心OEM工厂"),
              ("BCD factory", "buoyancy compensator maker", "BCD OEM"),
              ("年产浮力背心15万件", "浮力从8公斤到20公斤", "贴牌100件起"),
              ("150,000 BCDs a year", "lift from 18 to 45 lb", "own-brand runs from 100 BCDs")),
        "D": (("潜水器材进口商", "水上运动用品批发商", "浮力背心代理商"),
              ("scuba equipment importer", "watersports wholesaler", "BCD distributor"),
              ("年进口潜水器材22个货柜", "3座仓库", "年出货浮力背心1.1万件"),
              ("22 containers of scuba gear a year", "3 stocking warehouses", "11,000 BCDs shipped a year")),
        "E": (("潜水考证学校", "水下搜寻打捞公司", "海洋调查潜水公司"),
              ("scuba certification school", "underwater recovery company", "marine survey diving company"),
              ("年颁发潜水证2400张", "打捞队员40人", "年完成水下调查120次"),
              ("2,400 certifications a year", "40 recovery divers", "120 underwater surveys a year")),
        "material": (("浮力气囊", "低压充气阀", "潜水背板"), ("BCD bladders", "power inflators", "dive backplates")),
        "places": (("翔安", "东山", "惠安"), ("Xiang'an", "Dongshan", "Hui'an")),
    },
    "scubatank": {
        "sector": BREATH,
        "product": (("潜水气瓶", "铝合金潜水气瓶", "钢制潜水气瓶", "潜水用高压气瓶"),
                    ("scuba tanks", "scuba cylinders", "AL80 tanks", "steel dive cylinders")),
        "use": ("每天都要给潜水客人充气、发瓶", "fill and hand out tanks to divers all day"),
        "R": (("气瓶铝坯厂", "潜水瓶阀厂", "爆破片厂"),
              ("aluminum slug maker", "tank valve maker", "burst disc maker"),
              ("铝坯年产4000吨", "瓶阀年产70万只", "爆破片年产300万片"),
              ("4,000 t of slugs a year", "700,000 tank valves a year", "3 million burst discs a year")),
        "M": (("气瓶工厂", "潜水气瓶制造商", "气瓶OEM工厂"),
              ("tank factory", "scuba cylinder maker", "tank OEM"),
              ("年产潜水气瓶30万只", "每只气瓶都做水压试验", "贴牌200只起订"),
              ("300,000 tanks a year", "every tank hydro-tested", "own-label orders from 200 tanks")),
        "D": (("气瓶进口商", "潜水装备批发商", "潜水气瓶代理商"),
              ("cylinder importer", "dive equipment wholesaler", "scuba tank distributor"),
              ("年进口气瓶40个货柜", "配送卡车12辆", "年出货气瓶2.6万只"),
              ("40 containers of tanks a year", "12 delivery trucks", "26,000 tanks shipped a year")),
        "E": (("潜水船运营公司", "船底清洁公司", "水下焊接承包商"),
              ("dive boat operator", "hull cleaning company", "underwater welding contractor"),
              ("潜水船9艘", "清洁潜水员35名", "年完成焊接工程60项"),
              ("9 dive boats", "35 hull divers", "60 welding jobs a year")),
        "material": (("气瓶铝坯", "潜水瓶阀", "爆破片"), ("aluminum cylinder slugs", "tank valves", "burst discs")),
        "places": (("长乐", "连江", "罗源"), ("Changle", "Lianjiang", "Luoyuan")),
    },
    "fillstation": {
        "sector": BREATH,
        "product": (("潜水充气泵", "高压呼吸空气压缩机", "潜水空压机", "气瓶充气站"),
                    ("dive compressors", "breathing air compressors", "scuba fill compressors", "tank fill stations")),
        "use": ("每天都要给几十只气瓶充气", "fill dozens of tanks every day"),
        "R": (("压缩机缸盖铸造厂", "呼吸空气滤芯厂", "油水分离器厂"),
              ("compressor head foundry", "breathing air cartridge maker", "condensate separator maker"),
              ("缸盖年产20万只", "滤芯年产150万支", "分离器年产30万只"),
              ("200,000 heads a year", "1.5 million cartridges a year", "300,000 separators a year")),
        "M": (("充气泵工厂", "呼吸空气压缩机制造商", "充气泵OEM工厂"),
              ("dive compressor factory", "breathing air compressor maker", "dive compressor OEM"),
              ("年产充气泵1.8万台", "排气量每分钟100至300升", "10台起可贴牌"),
              ("18,000 compressors a year", "100 to 300 liters a minute", "own-brand runs from 10 units")),
        "D": (("充气设备进口商", "潜水店设备批发商", "充气泵代理商"),
              ("fill equipment importer", "dive shop equipment wholesaler", "dive compressor distributor"),
              ("年进口充气设备14个货柜", "维修技师18人", "年出货充气泵1300台"),
              ("14 containers of fill gear a year", "18 service technicians", "1,300 compressors shipped a year")),
        "E": (("彩弹射击场连锁", "海岛潜水基地", "水下施工公司"),
              ("paintball park chain", "island dive base operator", "underwater construction company"),
              ("射击场22家", "潜水基地5处", "施工潜水员70名"),
              ("22 paintball parks", "5 island dive bases", "70 construction divers")),
        "material": (("压缩机缸盖", "呼吸空气滤芯", "油水分离器"), ("compressor heads", "breathing air cartridges", "condensate separators")),
        "places": (("霞浦", "云霄", "诏安"), ("Xiapu", "Yunxiao", "Zhao'an")),
    },
    "neosuit": {
        "sector": SUIT,
        "product": (("潜水服", "湿式潜水服", "连体潜水服", "冷水潜水服"),
                    ("wetsuits", "full wetsuits", "shorty wetsuits", "cold-water wetsuits")),
        "use": ("每天都要让客人穿着下冷水", "kit out swimmers and divers for cold water every day"),
        "R": (("潜水料发泡厂", "潜水服内衬面料厂", "潜水服贴条厂"),
              ("wetsuit foam laminator", "jersey lining knitter", "seam tape maker"),
              ("潜水料年产200万平方米", "内衬面料年产600万米", "贴条年产4000万米"),
              ("2 million m² of foam a year", "6 million m of lining a year", "40 million m of tape a year")),
        "M": (("潜水服工厂", "潜水服制造商", "潜水服OEM工厂"),
              ("wetsuit factory", "wetsuit maker", "wetsuit OEM"),
              ("年产潜水服40万件", "胶粘加盲缝工艺", "贴牌300件起"),
              ("400,000 wetsuits a year", "glued and blind-stitched seams", "own-label runs from 300 suits")),
        "D": (("潜水服进口商", "水上运动服装批发商", "潜水服代理商"),
              ("wetsuit importer", "watersports apparel wholesaler", "wetsuit distributor"),
              ("年进口潜水服26个货柜", "合作门店390家", "年出货潜水服5万件"),
              ("26 containers of wetsuits a year", "390 retail accounts", "50,000 wetsuits shipped a year")),
        "E": (("铁人三项赛事公司", "公开水域游泳俱乐部", "海洋科考潜水公司"),
              ("triathlon race organizer", "open-water swimming club", "marine science diving company"),
              ("年办赛事18场", "会员1200人", "科考潜水员24名"),
              ("18 races a year", "1,200 members", "24 science divers")),
        "material": (("潜水料", "潜水服内衬面料", "潜水服贴条"), ("laminated wetsuit foam", "jersey lining fabric", "wetsuit seam tape")),
        "places": (("塘厦", "樟木头", "清溪"), ("Tangxia", "Zhangmutou", "Qingxi")),
    },
    "divemask": {
        "sector": SUIT,
        "product": (("潜水面镜", "浮潜面镜", "低容积面镜", "全脸浮潜面罩"),
                    ("dive masks", "snorkel masks", "low-volume masks", "full-face snorkel masks")),
        "use": ("每天都要带游客下海浮潜", "take visitors snorkeling every day"),
        "R": (("钢化镜片厂", "液态硅胶裙边厂", "面镜框注塑厂"),
              ("tempered lens maker", "liquid silicone skirt molder", "mask frame molder"),
              ("镜片年产1000万片", "裙边年产400万只", "镜框年产350万只"),
              ("10 million lenses a year", "4 million skirts a year", "3.5 million frames a year")),
        "M": (("面镜工厂", "潜水面镜制造商", "面镜OEM工厂"),
              ("mask factory", "dive mask maker", "mask OEM"),
              ("年产面镜300万只", "镜片一律用钢化玻璃", "贴牌500只起"),
              ("3 million masks a year", "tempered glass lenses throughout", "own-brand runs from 500 masks")),
        "D": (("浮潜用品进口商", "游泳浮潜用品批发商", "面镜代理商"),
              ("snorkel gear importer", "swim and snorkel wholesaler", "dive mask distributor"),
              ("年进口浮潜用品35个货柜", "零售客户1150家", "年出货面镜24万只"),
              ("35 containers of snorkel gear a year", "1,150 retail accounts", "240,000 masks shipped a year")),
        "E": (("浮潜观光公司", "双体船观光公司", "珊瑚修复公司"),
              ("snorkel tour operator", "catamaran tour company", "coral restoration company"),
              ("观光船11艘", "年接待游客9万人", "修复潜水员26名"),
              ("11 tour boats", "90,000 guests a year", "26 restoration divers")),
        "material": (("钢化镜片", "硅胶裙边", "面镜框"), ("tempered mask lenses", "silicone mask skirts", "mask frames")),
        "places": (("凤岗", "常平", "石碣"), ("Fenggang", "Changping", "Shijie")),
    },
    "divefin": {
        "sector": SUIT,
        "product": (("潜水脚蹼", "开放式脚蹼", "全包脚蹼", "自由潜长脚蹼"),
                    ("dive fins", "open-heel fins", "full-foot fins", "freediving fins")),
        "use": ("天天要带客人在开阔水域踢水前进", "keep swimmers kicking through open water every day"),
        "R": (("脚蹼叶片注塑厂", "脚套注塑厂", "弹力后跟带厂"),
              ("fin blade molder", "foot pocket molder", "bungee heel strap maker"),
              ("叶片年产500万片", "脚套年产450万只", "后跟带年产300万副"),
              ("5 million fin blades a year", "4.5 million foot pockets a year", "3 million heel straps a year")),
        "M": (("脚蹼工厂", "潜水脚蹼制造商", "脚蹼OEM工厂"),
              ("fin factory", "dive fin maker", "fin OEM"),
              ("年产脚蹼220万双", "叶片双色注塑成型", "贴牌300双起"),
              ("2.2 million pairs a year", "two-shot molded blades", "own-label runs from 300 pairs")),
        "D": (("脚蹼进口商", "游泳潜水用品批发商", "脚蹼代理商"),
              ("fin importer", "swim and dive wholesaler", "dive fin distributor"),
              ("年进口脚蹼18个货柜", "业务员25人", "年出货脚蹼16万双"),
              ("18 containers of fins a year", "25 sales reps", "160,000 pairs shipped a year")),
        "E": (("自由潜学校", "海滩救生服务公司", "鱼叉捕鱼包船公司"),
              ("freediving school", "lifeguard services company", "spearfishing charter"),
              ("教练16名", "救生员300名", "渔船4艘"),
              ("16 instructors", "300 lifeguards", "4 spearfishing boats")),
        "material": (("脚蹼叶片", "脚蹼脚套", "弹力后跟带"), ("fin blades", "fin foot pockets", "bungee heel straps")),
        "places": (("黄江", "谢岗", "企石"), ("Huangjiang", "Xiegang", "Qishi")),
    },
    "divecomp": {
        "sector": ELEC,
        "product": (("潜水电脑表", "潜水电脑", "气压一体式潜水电脑", "腕式潜水电脑"),
                    ("dive computers", "wrist dive computers", "air-integrated computers", "console dive computers")),
        "use": ("每次下水都要记录深度和水下时间", "log depth and bottom time on every dive"),
        "R": (("深度传感器厂", "潜水电脑壳体厂", "气压发射器厂"),
              ("depth sensor maker", "computer housing machine shop", "tank pressure transmitter maker"),
              ("传感器年产220万只", "壳体年产120万只", "发射器年产40万只"),
              ("2.2 million sensors a year", "1.2 million housings a year", "400,000 transmitters a year")),
        "M": (("潜水电脑工厂", "潜水电脑制造商", "潜水电脑ODM工厂"),
              ("dive computer factory", "dive computer maker", "dive computer ODM"),
              ("年产潜水电脑25万台", "彩屏、可充电", "贴牌500台起"),
              ("250,000 computers a year", "color screens, rechargeable", "own-label runs from 500 units")),
        "D": (("潜水电子进口商", "运动电子产品批发商", "潜水电脑代理商"),
              ("dive electronics importer", "sports electronics wholesaler", "dive computer distributor"),
              ("年进口潜水电子产品9个货柜", "售后网点15个", "年出货潜水电脑1.5万台"),
              ("9 containers of dive electronics a year", "15 service points", "15,000 computers shipped a year")),
        "E": (("技术潜水学校", "水下考古公司", "科学潜水服务公司"),
              ("technical diving school", "underwater archaeology firm", "scientific diving service"),
              ("教练员22名", "考古潜水员30名", "年潜水作业4000次"),
              ("22 instructors", "30 archaeology divers", "4,000 logged dives a year")),
        "material": (("深度传感器", "潜水电脑壳体", "气压发射器"), ("depth sensors", "dive computer housings", "tank pressure transmitters")),
        "places": (("坪山", "葵涌", "大鹏"), ("Pingshan", "Kuichong", "Dapeng")),
    },
    "divetorch": {
        "sector": ELEC,
        "product": (("潜水手电", "潜水灯", "潜水强光手电", "潜水背灯"),
                    ("dive lights", "dive torches", "canister lights", "backup dive lights")),
        "use": ("常常要在夜里和沉船里潜水", "dive at night and inside wrecks week after week"),
        "R": (("灯筒加工厂", "聚光透镜厂", "密封开关厂"),
              ("light body machine shop", "TIR optic maker", "sealed switch maker"),
              ("灯筒年产150万只", "透镜年产800万片", "开关年产300万只"),
              ("1.5 million bodies a year", "8 million optics a year", "3 million switches a year")),
        "M": (("手电工厂", "潜水灯制造商", "潜水灯OEM工厂"),
              ("dive light factory", "dive torch maker", "dive light OEM"),
              ("年产潜水灯60万支", "耐压深度150米", "贴牌200支起"),
              ("600,000 lights a year", "rated to 150 m", "own-brand runs from 200 lights")),
        "D": (("潜水灯进口商", "潜水配件批发商", "潜水灯代理商"),
              ("dive light importer", "dive accessory wholesaler", "dive light distributor"),
              ("年进口潜水灯7个货柜", "网店4家", "年出货潜水灯3万支"),
              ("7 containers of lights a year", "4 web stores", "30,000 lights shipped a year")),
        "E": (("沉船潜水包船公司", "洞穴潜水学校", "水下检测公司"),
              ("wreck diving charter", "cave diving school", "underwater inspection company"),
              ("包船3艘", "洞穴教练12名", "年检测桥墩500座"),
              ("3 charter boats", "12 cave instructors", "500 piers inspected a year")),
        "material": (("手电灯筒", "聚光透镜", "密封开关"), ("light bodies", "TIR optics", "sealed switches")),
        "places": (("岱山", "鄞州", "定海"), ("Daishan", "Yinzhou", "Dinghai")),
    },
    "dpvthruster": {
        "sector": ELEC,
        "product": (("水下推进器", "潜水推进器", "潜水助推器", "双桨水下推进器"),
                    ("diver propulsion vehicles", "DPVs", "underwater propulsion units", "twin-thruster DPVs")),
        "use": ("要在水下远距离巡游或作业", "cover long distances under water on every job"),
        "R": (("推进单元厂", "耐压舱体厂", "螺旋桨注塑厂"),
              ("thruster unit maker", "pressure hull molder", "propeller molder"),
              ("推进单元年产30万只", "舱体年产20万只", "螺旋桨年产100万只"),
              ("300,000 thruster units a year", "200,000 hulls a year", "1 million propellers a year")),
        "M": (("推进器工厂", "水下推进器制造商", "推进器OEM工厂"),
              ("DPV factory", "underwater propulsion maker", "DPV OEM"),
              ("年产推进器8.5万台", "续航90分钟", "20台起即可贴牌"),
              ("85,000 units a year", "90 minutes of run time", "own-label runs from 20 units")),
        "D": (("推进器进口商", "海洋运动装备批发商", "推进器代理商"),
              ("DPV importer", "marine sports gear wholesaler", "DPV distributor"),
              ("年进口推进器11个货柜", "展厅6个", "年出货推进器4000台"),
              ("11 containers of DPVs a year", "6 showrooms", "4,000 units shipped a year")),
        "E": (("水下安防巡检公司", "海参养殖场", "沉船探索公司"),
              ("underwater security patrol company", "sea cucumber farm", "shipwreck exploration company"),
              ("巡检潜水员45名", "养殖海域2000亩", "年出海探索60次"),
              ("45 patrol divers", "330 acres of sea farm", "60 expeditions a year")),
        "material": (("推进单元", "耐压舱体", "推进器螺旋桨"), ("thruster units", "pressure hulls", "propellers")),
        "places": (("乳山", "文登", "海阳"), ("Rushan", "Wendeng", "Haiyang")),
    },
}  # fmt: skip

STAGES = "RMDE"
ADJACENT = {"R": ("M",), "M": ("R", "D", "E"), "D": ("M", "E"), "E": ("M", "D")}
SELLS_TO = {"R": ("M",), "M": ("D", "E"), "D": ("E",), "E": ()}
ROLES = [(s, w) for s in STAGES for w in ADJACENT[s]]
UPSTREAM = {("M", "R"), ("D", "M"), ("E", "M"), ("E", "D")}  # the company buys from what it seeks

US_PLACES = (("佛罗里达州彭萨科拉", "Pensacola, Florida"), ("佛罗里达州基拉戈", "Key Largo, Florida"),
             ("佛罗里达州皮尔斯堡", "Fort Pierce, Florida"), ("佛罗里达州圣奥古斯丁", "St. Augustine, Florida"),
             ("得克萨斯州加尔维斯顿", "Galveston, Texas"), ("得克萨斯州科珀斯克里斯蒂", "Corpus Christi, Texas"),
             ("密西西比州比洛克西", "Biloxi, Mississippi"), ("北卡罗来纳州莫尔黑德城", "Morehead City, North Carolina"),
             ("加利福尼亚州蒙特雷", "Monterey, California"), ("得克萨斯州阿兰瑟斯港", "Port Aransas, Texas"),
             ("华盛顿州贝灵厄姆", "Bellingham, Washington"), ("华盛顿州布雷默顿", "Bremerton, Washington"),
             ("马萨诸塞州新贝德福德", "New Bedford, Massachusetts"), ("密歇根州特拉弗斯城", "Traverse City, Michigan"))  # fmt: skip

# Generic role nouns, for wants naming only the role and the country, and for negations.
GENERIC = {
    "zh": {"R": ("零部件供应商", "配套供应商", "原材料供应商"), "M": ("生产厂家", "工厂", "制造商"),
           "D": ("经销商", "批发商", "进口商", "代理商"), "E": ("终端用户", "直接用户", "批量采购客户")},
    "en": {"R": ("parts supplier", "component supplier"), "M": ("manufacturer", "factory", "producer"),
           "D": ("distributor", "importer", "wholesaler"), "E": ("end user", "direct buyer", "volume buyer")},
}  # fmt: skip
# Role words joined to the goods ("a distributor for dive masks", "潜水灯代理商").
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
# Words naming traders in negations only ("贸易掮客一律谢绝", "No pitches from brokers this year").
NEG_TRADERS = {"zh": ("转手贸易商", "贸易掮客"), "en": ("broker", "trading agent")}

# What a company does, by stage ({goods}: its material for R, the chain's goods otherwise);
# English as (third person, first person).
DOES = {
    "zh": {"R": ("生产{goods}", "加工{goods}", "为整机厂配套{goods}"),
           "M": ("生产{goods}", "设计并生产{goods}", "专门造{goods}"),
           "D": ("经销{goods}", "进口转售{goods}", "批发{goods}"),
           "E": ("常年大量使用{goods}", "每年成批购买{goods}", "潜水团队天天离不开{goods}")},
    "en": {"R": (("makes {goods}", "make {goods}"), ("produces and ships {goods}", "produce and ship {goods}"),
                 ("supplies {goods} by the crate", "supply {goods} by the crate")),
           "M": (("builds {goods}", "build {goods}"), ("designs and assembles {goods}", "design and assemble {goods}"),
                 ("manufactures {goods}", "manufacture {goods}")),
           "D": (("distributes {goods}", "distribute {goods}"), ("brings in and resells {goods}", "bring in and resell {goods}"),
                 ("keeps {goods} on hand for quick dispatch", "keep {goods} on hand for quick dispatch")),
           "E": (("puts {goods} to work on every dive", "put {goods} to work on every dive"),
                 ("buys {goods} every season in quantity", "buy {goods} every season in quantity"),
                 ("runs dive teams that rely on {goods}", "run dive teams that rely on {goods}"))},
}  # fmt: skip

# The noun phrase of the partner sought, by (company's side, language of the text); English
# also in the plural.
WANT_FORMS = {
    ("CN", "zh"): ("一家美国的{n}", "在美国的{n}", "扎根美国市场的{n}", "美国{n}"),
    ("CN", "en"): ("a US {n}", "an American {n}", "a {n} in the US", "an established {n} in the United States"),
    ("US", "en"): ("a Chinese {n}", "a {n} located in China", "a {n} based in China", "a seasoned {n} in China"),
    ("US", "zh"): ("中国的{n}", "一家中国{n}", "在中国的{n}", "深耕中国的{n}", "中国{n}"),
}  # fmt: skip
WANT_FORMS_PL = {
    ("CN", "en"): ("US {n}", "{n} in the United States", "American {n}", "{n} in the US"),
    ("US", "en"): ("Chinese {n}", "{n} in China", "{n} based in China"),
}  # fmt: skip
MATERIAL_FORMS = {
    ("CN", "zh"): ("美国工厂出产的{n}", "美国产{n}"),
    ("CN", "en"): ("US-made {n}", "{n} made in the USA", "{n} produced in the United States"),
    ("US", "en"): ("Chinese-made {n}", "{n} from Chinese plants", "{n} of Chinese make"),
    ("US", "zh"): ("中国境内出产的{n}", "中国产{n}", "中国大陆生产的{n}"),
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
    "zh": {"cue": ("正设法找到{want}的稳定供应。", "寻求{want}，合作期越长越好。", "正在物色{want}，每月订货。"),
           "named": ("{want}：全年有需求，款期月结。", "本年度采购重点：{want}。", "{want}每个季度都有稳定用量。")},
    "en": {"cue": ("We are looking for a reliable source of {want}.", "Seeking {want} on a standing order.",
                   "Searching for {want} by the container load."),
           "named": ("{want_cap}: required every month of the year.", "Top purchasing need: {want}.",
                     "Steady quarterly demand for {want}.")},
}  # fmt: skip

# Wants only implied by a plan, by (stage, want): the partner described by what it would do,
# never by a role noun. Slots: cty cty_adj product use mat mat_own; zh {self} (我们 / 公司),
# en {subj} {poss} (we, our / the company, the company's). Modal verbs only, so that one text
# serves both persons.
PLANS = {
    ("R", "M"): {"zh": ("明年，{self}的{mat_own}要直接卖给在{cty}装配{product}的企业，头一批只收成本价。",
                        "二期产线开工后，{mat_own}产量的一半将专供在{cty}整机装配{product}的客户。",
                        "{self}愿按{cty}{product}装配企业的图纸加工{mat_own}，每月交一批。"),
                 "en": ("Next year {subj} will ship {poss} {mat_own} to companies in {cty} assembling {product}, with the first shipment at cost price.",
                        "When the new line starts up, half of {poss} {mat_own} output is reserved for plants in {cty} where {product} get assembled.",
                        "{subj} can turn out {mat_own} to the drawings of firms in {cty} that build {product}, shipping monthly.")},
    ("M", "R"): {"zh": ("明年{mat}计划转到{cty}采购，先试一个季度。",
                        "从第三季度开始，{self}打算把{mat}的采购移到{cty}，每台预计节省一成成本。",
                        "下一代产品将改用{cty}生产的{mat}，每批附检测报告。"),
                 "en": ("Next year {mat} will come from {cty}, starting with one quarter's trial order.",
                        "Over the coming months {subj} would like {poss} {mat} purchases moved to {cty}, saving roughly ten percent per unit.",
                        "Coming models will use {mat} made in {cty}, each batch shipped with a test report.")},
    ("M", "D"): {"zh": ("{self}盼着明年{cty}的潜水爱好者在本地就能买到{product}，由当地伙伴负责进货、库存和发货。",
                        "{self}要打开{cty}市场，但不自建仓库，{product}的库存与发货交给当地合作方。",
                        "到明年这个时候，{self}的{product}应当在{cty}本地有现货，由当地合作方买断并备货。"),
                 "en": ("Next year {subj} would like divers across {cty} to buy {poss} {product} near where they dive, from a local partner that buys, stocks and ships them.",
                        "{subj} will sell in {cty} but keep no warehouse there, so a local partner must hold the {product} in stock and handle delivery.",
                        "Twelve months from now, {poss} {product} should be on shelves in {cty}, paid for up front and kept on hand by a partner there.")},
    ("M", "E"): {"zh": ("{self}今后要把{product}直接卖给{cty}那些{use}的机构，不走中间商。",
                        "明年打算和{cty}几家{use}的大客户签年度直供协议。",
                        "{self}可以从厂里直接把{product}发给{cty}{use}的团队，按项目单独报价。"),
                 "en": ("{subj} would like {product} to go straight to outfits in {cty} that {use}, with no one in the middle taking a cut.",
                        "Next year {subj} would like annual direct-supply deals with a few large operators in {cty} that {use}.",
                        "{subj} can ship {product} straight from the plant to teams in {cty} that {use}, pricing each project on its own.")},
    ("D", "M"): {"zh": ("下季度{self}准备上架一批{cty}造的{product}，走性价比路线。",
                        "{self}想在{cty}定制{product}，贴{self}自己的牌子销售。",
                        "明年，{product}要直接到{cty}的出产地下单，不再经过转手。"),
                 "en": ("Next season {subj} will add a range of {product} built in {cty}, priced for value.",
                        "{subj} would like {product} made in {cty} under a label of {poss} own.",
                        "From next year {subj} would like {product} to ship straight from where they are built in {cty}, with no trader in between.")},
    ("D", "E"): {"zh": ("今年仓库里的{product}打算直供{cty}那些{use}的机构。",
                        "{self}打算在{cty}发展若干{use}的常客，每月送货上门。",
                        "希望{cty}{use}的团队，三天内就能从{self}的仓库提到货。"),
                 "en": ("The {product} in {poss} warehouse this year are meant for outfits in {cty} that {use}, sold to them directly.",
                        "{subj} would like regular accounts with operators in {cty} that {use}, with a delivery run every month.",
                        "{subj} can move {product} from stock to teams in {cty} that {use} in under 72 hours.")},
    ("E", "M"): {"zh": ("{self}准备在{cty}定制下一批{product}，一切按{self}的使用要求来做。",
                        "明年起，{product}要在{cty}按{self}的技术规格专门生产，不再用标准款。",
                        "{self}愿意在{cty}承担开模费用，让{product}按{self}的潜水条件量身设计。"),
                 "en": ("{subj} would like {poss} next {product} custom-made in {cty}, to {poss} own brief.",
                        "From next year {subj} would like {product} produced in {cty} to {poss} own design rather than standard models.",
                        "{subj} is ready to cover the mold costs in {cty} so that {product} can be designed around {poss} dive conditions.")},
    ("E", "D"): {"zh": ("今后{product}希望在{cty}本地随时补货，七天之内到货。",
                        "{product}以后只从{cty}本地的现货库存少量分批采购。",
                        "整柜海运周期太长，今后{product}想在{cty}现货现提。"),
                 "en": ("{subj} would like {product} topped up from stock held in {cty}, delivered within a week.",
                        "From this year {product} will be purchased in small lots, when jobs call for them, from shelves in {cty}.",
                        "Ocean freight takes too long, so {subj} will draw {product} from inventory held locally in {cty}.")},
}  # fmt: skip
CUE_WORDS = {
    "zh": ("寻求", "寻找", "物色", "希望结识", "在找", "找到"),
    "en": ("looking for", "look for", "seek", "search", "find", "hunt for"),
}

NEGATION = {
    "zh": ("{neg}一律谢绝。", "{neg}眼下不在合作范围内。", "{neg}这次先不谈。", "{neg}的资料请不必寄来。"),
    "en": ("{plural_cap} please do not call.", "We have no opening for {plural} just now.",
           "{plural_cap}: not for now.", "No pitches from {plural} this year, please."),
}  # fmt: skip
SERVED = {
    "zh": ("我们的客户大多是{cnoun}，如{c1}和{c2}。", "{k}家{cnoun}常年向我们进货，{c1}、{c2}都在其列。",
           "{c1}、{c2}等{cnoun}多年来一直用我们的产品。"),
    "en": ("Today we sell mainly to {cnoun_pl} such as {c1} and {c2}.",
           "{k} {cnoun_pl} are our customers, {c1} and {c2} among them.",
           "{c1} and {c2}, both {cnoun_pl}, buy from us every year.",
           "Long-time accounts: {k} {cnoun_pl}, including {c1} and {c2}."),
}  # fmt: skip
CUSTOMERS = {
    "zh": ("海蓝", "碧波", "蓝鲸", "远帆", "礁湾", "浪屿", "青潭"),
    "en": ("Moorhouse", "Ambrose", "Sorrell", "Delaney", "Forsythe", "Vickery", "Hollingsworth", "Kimball"),
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Kinds of profile, all written by the company itself. Each: offer templates; want templates
# of three kinds ("cue": with a verb of seeking, "named": naming the partner without one,
# "plan": a frame around a plan); neutral filler lines (founding year, staff, certificates,
# membership); header lines; trailing lines ("!" marks a closing line); "solo": one sentence
# holding both the offer and the want (cue or named). Slots: name it It its noun Noun detail
# goods does does3 does1 place year age year_m staff_n k m person title hall booth sector want
# want_cap plan old month month_en. VOICE: 1 for a profile in the first person ("we",
# "我们"), 3 for one in the third person; exhibitor profiles introduce the company in the third
# person and state the want in the first, as real ones do. The last three kinds are new to
# this set: the short blurb in the footer of the company's website, the notice announcing its
# change of name, and the notice announcing its move to new premises.
# ---------------------------------------------------------------------------------------------
GENRES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "about": {  # the company's own "About us" paragraph on its page in the directory
        "zh": {
            "offer": ("{name}{year}年在{place}创业，现为{noun}，{detail}。",
                      "我们是扎根{place}的{noun}，{detail}。",
                      "本公司多年来{does}，{detail}。",
                      "{name}在{place}经营已有{age}年，眼下是{noun}，{detail}。",
                      "自{year}年以来，{name}一直在{place}{does}，{detail}。",
                      "我们{does}，{detail}，全员{staff_n}人。"),
            "cue": ("我们正物色{want}，欢迎与销售部联系。", "公司眼下在寻找{want}，样品和价目表随时可寄。",
                    "我们寻求{want}，首单量不设门槛。", "今年的重点是找到{want}，一起把生意做大。"),
            "named": ("诚邀{want}来厂参观交流。", "{want}如有合作意向，请联系销售部。", "想和{want}做长久的生意。",
                      "我们心目中的下一位伙伴：{want}。"),
            "plan": ("{plan}", "接着要做的：{plan}", "今年的安排：{plan}"),
            "mid": ("经手的潜水装备都按规定定期检测。", "目前全公司{staff_n}名员工。", "我们在这一行已做了{age}年。", "我们的总部在{place}。"),
            "head": ("公司概要", "走近{name}", "本司自述"),
            "tail": ("!销售联系人：{person}（{title}）", "工厂参观请先预约。"),
            "solo": (),
        },
        "en": {
            "offer": ("We are a {noun} in {place}; {detail}.",
                      "{name} started up in {place} in {year} and {does3}; {detail}.",
                      "At {name}, we {does1}; {detail}.",
                      "For {age} years {name} has traded from {place} as a {noun}; {detail}.",
                      "{name}, a {noun} with its home base in {place}, {does3} ({detail}).",
                      "From our home base in {place}, we {does1}; {detail}."),
            "cue": ("We are looking for {want} as a partner for the long haul.", "We seek {want} for years of steady work.",
                    "This season we hope to find {want}.", "We are searching for {want} before the summer dive season."),
            "named": ("Questions from {want} are always welcome.", "We would enjoy hearing from {want}.",
                      "Our ideal partner: {want}.", "We are keen to start working with {want}."),
            "plan": ("{plan}", "Up next for us: {plan}", "On the list for this year: {plan}"),
            "mid": ("All dive gear we handle is inspected on a fixed schedule.", "Staff on payroll: {staff_n}.",
                    "In the business for {age} years.", "Head office and warehouse: {place}."),
            "head": ("Who We Are in Two Lines", "Meet {name}", "Our Business in Short"),
            "tail": ("!Talk to sales: {person}, {title}.", "Factory visits by appointment."),
            "solo": (),
        },
    },
    "directory": {  # an entry in the trade body's member directory, third person, terse
        "zh": {
            "offer": ("{name}｜地址：{place}｜{noun}，{detail}。",
                      "{name}位于{place}，{does}，{detail}。",
                      "{noun}，{year}年创设于{place}；{detail}。",
                      "{name}系{place}的一家{noun}；{detail}。",
                      "{name}（{place}）——{does}，{detail}。",
                      "{name}：{noun}，{detail}。"),
            "cue": ("{it}当前在寻找{want}。", "{it}正寻求{want}，联络方式请查会员后台。", "{it}拟物色{want}。", "{it}希望结识{want}。"),
            "named": ("适配伙伴：{want}。", "拟联络：{want}。", "{it}欢迎{want}致电联络。", "对口合作方：{want}。"),
            "plan": ("本年打算：{plan}", "{plan}", "今后三年：{plan}"),
            "mid": ("员工规模：{staff_n}人。", "{year}年成立。", "{year_m}年成为会员单位。", "持有ISO 9001认证。"),
            "head": ("【{sector}】", "会员目录｜{sector}", "名录登记"),
            "tail": ("!联系人：{person}", "!完整联系方式仅对会员开放。"),
            "solo": ("{name}：{place}{noun}，{detail}，当前在寻找{want}。", "{name}：{place}{noun}，{detail}；适配伙伴：{want}。"),
        },
        "en": {
            "offer": ("{name} | {place} | {noun}; {detail}.",
                      "{name}, {place}: {does3}; {detail}.",
                      "{Noun}, {place}, founded {year}; {detail}.",
                      "{name} is a {noun} in {place} ({detail}).",
                      "{name} ({place}) {does3}; {detail}.",
                      "{name}: {noun}; {detail}."),
            "cue": ("{It} is at present looking for {want}.", "{It} hopes to find {want}.",
                    "Seeking {want}; contact via the member portal.", "{It} is searching for {want}."),
            "named": ("Partner in mind: {want}.", "{It} invites contact from {want}.", "Introductions requested: {want}.",
                      "Approaches welcome from {want}."),
            "plan": ("Agenda for the year: {plan}", "{plan}", "Twelve-month view: {plan}"),
            "mid": ("Founded {year}.", "People employed: {staff_n}.", "Joined the association in {year_m}.", "ISO 9001 quality system in place."),
            "head": ("Listing category: {sector}", "Members directory / {sector}", "Listed member"),
            "tail": ("!Listing contact: {person}", "!Full details visible to members only."),
            "solo": ("{Noun} in {place} ({detail}), at present looking for {want}.",
                     "{Noun} in {place} ({detail}); approaches welcome from {want}."),
        },
    },
    "exhibitor": {  # an exhibitor (or hosted-buyer) profile in a trade fair catalogue
        "zh": {
            "offer": ("{name}地处{place}，是{noun}，{detail}。",
                      "{name}创办于{year}年，{does}，{detail}。",
                      "{name}植根{place}，{does}；{detail}。",
                      "{place}的{noun}{name}，{detail}。",
                      "{name}在{place}打拼了{age}年，{does}，{detail}。",
                      "{name}为{noun}，团队规模{staff_n}人，{detail}。"),
            "cue": ("本届展会上，我们最希望找到{want}。", "此番参展，主要是想寻找{want}。", "眼下我们物色的是{want}，欢迎到展位交流。",
                    "展会这几天，我们寻求{want}。"),
            "named": ("欢迎{want}到{booth}展位一叙。", "展会这几天，特别期待见到{want}。", "展位洽谈优先安排{want}。",
                      "希望在展台与{want}当面聊聊。"),
            "plan": ("{plan}", "此次参展的打算：{plan}"),
            "mid": ("展位可现场试戴试用。", "本展我们来过{m}回。", "全体员工{staff_n}人。", "展位上可用英语交流。"),
            "head": ("{hall}号馆{booth}展位", "参展商一览", "{hall}馆·展位{booth}"),
            "tail": ("!展位对接人：{person}", "!展前可预约洽谈时间。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} from {place}; {detail}.",
                      "Founded in {year}, {name} {does3}; {detail}.",
                      "{name} of {place} {does3} ({detail}).",
                      "{name}, a {noun} in {place} since {year}: {detail}.",
                      "Based in {place}, {name} {does3}; {detail}.",
                      "{name} is a {noun} with {staff_n} employees; {detail}."),
            "cue": ("At this show we hope to find {want}.", "Our goal at this booth: to find {want}.",
                    "This week we are looking for {want}.", "We seek {want}; come by the booth."),
            "named": ("We would love to host {want} in booth {booth}.", "First on our meeting list: {want}.",
                      "Booth meetings are reserved for {want}.", "Meeting slots are held open for {want}."),
            "plan": ("{plan}", "Why we are here: {plan}"),
            "mid": ("Try-on and test samples at the booth.", "Shows attended before: {m}.", "{staff_n} people on the payroll.",
                    "English and Mandarin spoken at the booth."),
            "head": ("Booth {booth} in Hall {hall}", "Exhibitors A–Z", "Hall {hall}: Booth {booth}"),
            "tail": ("!Booth host: {person}", "!Pre-book a meeting before the show."),
            "solo": (),
        },
    },
    "matchmaking": {  # the free-text field of a match-making request form, first person
        "zh": {
            "offer": ("本公司坐落于{place}，是一家{noun}，{detail}。",
                      "我公司{does}，{detail}。",
                      "{name}（{place}）{does}，{detail}。",
                      "{name}是{noun}，{detail}，{year}年创设。",
                      "我们的主业是{does}，{detail}。",
                      "公司设在{place}，{does}，{detail}。"),
            "cue": ("这场对接会上，我们希望找到{want}。", "我们想寻找{want}。", "我们在找{want}，盼能约见。", "我们寻求{want}，着眼长期合作。"),
            "named": ("约见对象：{want}。", "请为我们安排{want}。", "意向会谈方：{want}。", "优先会面：{want}。"),
            "plan": ("{plan}", "参加本次对接会的原因：{plan}"),
            "mid": ("有员工{staff_n}人。", "线上会谈、现场会谈都可以。", "参会人员可用英语沟通。", "产品已通过CE认证。"),
            "head": ("企业简述及约见对象：", "约见需求填写", "请简要介绍贵公司及希望约见的企业："),
            "tail": ("!参会代表：{person}", "对接会期间随时可约。"),
            "solo": ("我们是{place}的{noun}，{detail}，希望找到{want}。", "{place}{noun}，{detail}，请安排约见{want}。"),
        },
        "en": {
            "offer": ("We are a {noun} in {place} ({detail}).",
                      "We {does1}; {detail}.",
                      "{name}, {place}: we {does1}; {detail}.",
                      "We are a {noun}, founded in {year}; {detail}.",
                      "Out of {place}, we {does1}; {detail}.",
                      "{name} is a {noun} — {detail}."),
            "cue": ("We are looking for {want}.", "Seeking {want}.", "We hope to find {want} in the course of the event.",
                    "We want to find {want} and stay with them for years."),
            "named": ("Kindly book us a meeting with {want}.", "Our best fit: {want}.", "We would like to sit down with {want}.",
                      "Top meeting priority: {want}."),
            "plan": ("{plan}", "Our reason for joining: {plan}"),
            "mid": ("{staff_n} employees.", "Video calls or in-person meetings are both fine.", "Our delegate speaks English and Mandarin.",
                    "Our products are CE certified."),
            "head": ("Your company and who you want to meet:", "Whom we want to meet",
                     "In a few lines, your business and the partner you are after:"),
            "tail": ("!Attending for us: {person}", "Happy to meet at any hour of the event."),
            "solo": ("We are a {noun} in {place} ({detail}), looking for {want}.",
                     "We are a {noun} in {place} ({detail}); kindly book us a meeting with {want}."),
        },
    },
    "footer": {  # NEW: the short blurb in the footer of the company's own website
        "zh": {
            "offer": ("{name}是{place}的一家{noun}，{detail}。",
                      "{name}，{noun}，{detail}。",
                      "{name}{year}年创立于{place}，{does}，{detail}。",
                      "{name}主要{does}，{detail}。",
                      "{name}：{does}，{detail}。",
                      "{name}坐落于{place}，员工{staff_n}人，{detail}。"),
            "cue": ("{it}正在寻找{want}。", "{it}寻求{want}，请在线留言。", "诚心物色{want}。", "{it}希望找到{want}。"),
            "named": ("欢迎{want}致电商谈。", "{want}请点击页面右下角留言。", "合作名额开放给{want}。", "期待与{want}一起做大。"),
            "plan": ("{plan}", "合作动态：{plan}"),
            "mid": ("{year}年创立。", "服务热线周一至周五有人接听。", "员工{staff_n}人。", "地址：{place}。"),
            "head": ("快速链接：产品一览｜新闻资讯｜联系方式", "网站导航", "产品一览｜新闻资讯｜人才招聘｜在线留言"),
            "tail": ("!版权所有 © 2026 {name}", "!隐私政策｜使用条款｜网站地图"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} is a {noun} based in {place}; {detail}.",
                      "{name} — {noun}, {detail}.",
                      "Founded in {place} in {year}, {name} {does3}; {detail}.",
                      "{name} {does3} out of {place}; {detail}.",
                      "{name}: {noun}, {staff_n} employees, {detail}.",
                      "Trading since {year}, {name} {does3}; {detail}."),
            "cue": ("{It} is looking for {want}.", "{It} seeks {want}; drop us a line.", "Now searching for {want}.",
                    "{It} hopes to find {want}."),
            "named": ("We take calls from {want} on weekdays.", "Partnerships: open to {want}.",
                      "Are you {want}? Drop us a note.", "We would like to add {want} to our roster of partners."),
            "plan": ("{plan}", "Partner news: {plan}"),
            "mid": ("Est. {year}.", "Sales line staffed Monday to Friday.", "{staff_n} on staff.", "Visit us in {place}."),
            "head": ("Quick Links: Products | News | Contact", "Site Navigation", "Products | Updates | Jobs | Get in Contact"),
            "tail": ("!© 2026 {name}. All rights reserved.", "!Privacy Policy | Terms of Use | Site Map"),
            "solo": (),
        },
    },
    "renamed": {  # NEW: the notice announcing the company's change of name, first person
        "zh": {
            "offer": ("自{month}月1日起，{old}正式更名为{name}；我们依然是{place}的那家{noun}，{detail}。",
                      "{name}（原{old}）是一家{noun}，{detail}。",
                      "公司名称变更为{name}，业务不变：我们{does}，{detail}。",
                      "更名以后，{name}照旧在{place}{does}，{detail}。",
                      "{name}由{old}更名而来，{year}年创立于{place}，{detail}。",
                      "名称换了，我们依旧是{noun}，{detail}，员工{staff_n}人。"),
            "cue": ("名称一新，起点也新：我们正在寻找{want}。", "借更名之机，我们寻求{want}。", "更名之后，公司着手物色{want}。",
                    "我们希望以新名称找到{want}。"),
            "named": ("更名不改初心，诚邀{want}共谋发展。", "欢迎{want}认识新的{name}。", "{want}如有合作意向，请按新名称来函。",
                      "以新名称，盼着与{want}开启合作。"),
            "plan": ("{plan}", "更名后的第一件事：{plan}", "新名称下的计划：{plan}"),
            "mid": ("原有合同、账户与发票信息均继续有效。", "公司地址、电话保持不变。", "员工{staff_n}人，团队不变。", "新标识将陆续用于全部产品。"),
            "head": ("更名公告", "关于公司名称变更的公告", "公司更名通知"),
            "tail": ("!特此公告。{name}", "!{title} {person}"),
            "solo": (),
        },
        "en": {
            "offer": ("From {month_en} 1, {old} goes by {name}; we are still a {noun} in {place} ({detail}).",
                      "{name}, formerly {old}, is a {noun}; {detail}.",
                      "Our name has changed, our work has not: we {does1}; {detail}.",
                      "Under its new name, {name} still {does3} in {place}; {detail}.",
                      "{name} (previously {old}) has been based in {place} since {year}; {detail}.",
                      "Different name, same team of {staff_n}: we are a {noun} ({detail})."),
            "cue": ("With the new name comes a new goal: we are looking for {want}.", "We are using the change to seek {want}.",
                    "Under our new name we hope to find {want}.", "Next, we are searching for {want}."),
            "named": ("{name} is keen to meet {want}.", "If you are {want}, we would like to hear from you under our new name.",
                      "The new name opens our doors to {want}.", "We are eager to work with {want} under the new name."),
            "plan": ("{plan}", "First under the new name: {plan}", "What the new name stands for: {plan}"),
            "mid": ("Existing agreements and bank details stay as they are.", "Our address and phone numbers are unchanged.",
                    "Our {staff_n} staff are unchanged.", "The new logo will appear on all products over the coming months."),
            "head": ("Notice of Name Change", "Our New Name", "A New Name for Our Company"),
            "tail": ("!{person}, {title}", "Thank you for your continued support."),
            "solo": (),
        },
    },
    "moved": {  # NEW: the notice announcing the company's move to new premises, first person
        "zh": {
            "offer": ("{name}已迁入{place}的新园区，我们{does}，{detail}。",
                      "自{month}月起，{name}在{place}的新址办公；我们是{noun}，{detail}。",
                      "我们是一家{noun}，{detail}，现已乔迁至{place}的新地址。",
                      "经过{age}年发展，{name}搬进了{place}的新大楼，{detail}。",
                      "{name}{year}年创立，如今迁入{place}更大的场地，{detail}。",
                      "如今{name}员工已有{staff_n}人，{detail}，新址刚刚启用。"),
            "cue": ("搬进新址后，我们正在寻找{want}。", "新场地更宽敞，我们寻求{want}。", "乔迁之际，我们开始物色{want}。",
                    "在新址，我们希望找到{want}。"),
            "named": ("欢迎{want}到新址参观。", "新址的会客区已准备好接待{want}。", "诚邀{want}来新址洽谈。", "乔迁之喜，想与{want}分享。"),
            "plan": ("{plan}", "迁入新址后的计划：{plan}", "搬家之后：{plan}"),
            "mid": ("新场地面积是原来的两倍。", "电话和邮箱保持不变。", "员工{staff_n}人已全部到岗。", "新址离港口更近，出货更方便。"),
            "head": ("乔迁公告", "我们搬家了", "迁址通知"),
            "tail": ("!{title} {person}", "期待在新址与您相见。"),
            "solo": (),
        },
        "en": {
            "offer": ("{name} has moved to new premises in {place}; we {does1} ({detail}).",
                      "Since {month_en}, {name} operates from a new site in {place}; we are a {noun} ({detail}).",
                      "We are a {noun} ({detail}) and have just moved to a larger site in {place}.",
                      "After {age} years, {name} has outgrown its old building and moved within {place}; {detail}.",
                      "{name}, founded in {year}, now {does3} from its new address in {place}; {detail}.",
                      "The move is done: {name} ({noun}, {staff_n} people) is up and running; {detail}."),
            "cue": ("With room to grow, we are looking for {want}.", "From the new site we seek {want}.",
                    "Now that we have moved, we hope to find {want}.", "We are searching for {want} to grow into the new space."),
            "named": ("We would welcome a visit from {want} to our new premises.", "The new building has a showroom ready for {want}.",
                      "Come and see the new site, especially if you are {want}.", "We would be glad to give {want} a tour."),
            "plan": ("{plan}", "What the move makes possible: {plan}", "Next on the new premises: {plan}"),
            "mid": ("The new site has twice the floor space.", "Phone numbers and email addresses are unchanged.",
                    "All {staff_n} of our people have made the move.", "The new site is closer to the port."),
            "head": ("We've Moved", "New Address, Same Team", "Moving Announcement"),
            "tail": ("!{person}, {title}", "We hope to see you at the new address soon."),
            "solo": (),
        },
    },
}  # fmt: skip
VOICE = {
    "about": 1,
    "directory": 3,
    "exhibitor": 1,
    "matchmaking": 1,
    "footer": 3,
    "renamed": 1,
    "moved": 1,
}
HEAD_P = {
    "about": 0.3,
    "directory": 0.5,
    "exhibitor": 0.65,
    "matchmaking": 0.5,
    "footer": 0.45,
    "renamed": 0.8,
    "moved": 0.75,
}
LINED_P = {
    "about": 0.15,
    "directory": 0.3,
    "exhibitor": 0.25,
    "matchmaking": 0.4,
    "footer": 0.5,
    "renamed": 0.35,
    "moved": 0.3,
}
TAIL_P = {  # a closing line: nearly always in a footer (its copyright line), else now and then
    "about": 0.3,
    "directory": 0.3,
    "exhibitor": 0.3,
    "matchmaking": 0.3,
    "footer": 0.85,
    "renamed": 0.5,
    "moved": 0.4,
}

# Company names: neutral or carrying a stage's role word (a hard case carries another stage's).
ZH_PARTS = ("澜", "汐", "渊", "潮", "泓", "浩", "洋", "鲸", "屿", "礁", "瀚", "澄", "沧", "湛", "蔚", "珊")  # fmt: skip
ZH_SUFFIX = {"neutral": ("海洋科技有限公司", "潜水装备有限公司", "有限公司", "水下科技有限公司"),
             "R": ("橡塑制品有限公司", "精密配件有限公司", "零件制造有限公司"),
             "M": ("潜水器材制造有限公司", "运动器材制造有限公司", "机电制造有限公司"),
             "D": ("贸易有限公司", "进出口有限公司", "商贸有限公司"),
             "E": ("潜水服务有限公司", "海洋工程有限公司", "水下工程有限公司")}  # fmt: skip
PINYIN = ("Haolan", "Chaoyu", "Yuanhai", "Jingtao", "Weilan", "Zhanbo", "Haoxun", "Cangming", "Xiyu", "Shanhu")  # fmt: skip
CN_EN_WORD = {"neutral": (" Marine Technology", " Diving Equipment", ""), "R": (" Rubber & Plastics", " Components"),
              "M": (" Dive Gear Manufacturing", " Sporting Goods Manufacturing"), "D": (" Import & Export", " Trading"),
              "E": (" Diving Services", " Marine Engineering")}  # fmt: skip
EN_WORDS = ("Coralview", "Driftline", "Fathom", "Gullwing", "Halyard", "Kelpie", "Lanternfish", "Scrimshaw",
            "Nautilus", "Kittiwake", "Pelagic", "Reefmark", "Saltwind", "Bowsprit", "Wahoo", "Bluehole",
            "Capeshore", "Deepwell", "Seabright", "Whitecap")  # fmt: skip
EN_SUFFIX = {"neutral": ("Inc.", "LLC", "Co.", "Group", "Partners"),
             "R": ("Moldworks", "Components", "Precision"),
             "M": ("Manufacturing", "Dive Systems", "Industries"),
             "D": ("Dive Supply", "Distributors", "Wholesale"),
             "E": ("Dive Center", "Diving Services", "Divers")}  # fmt: skip
PEOPLE = {
    ("CN", "zh"): ("宋建华", "秦玉芳", "郑志远", "陈淑芬", "黄永辉", "吴丽萍"),
    ("CN", "en"): ("Song Jianhua", "Qin Yufang", "Zheng Zhiyuan", "Huang Yonghui", "Wu Liping"),
    ("US", "en"): ("Carla Merriweather", "Dwight Calhoun", "Joanne Pettibone", "Russell Okafor", "Tamsin Albright",
                   "Glen Haverty", "Maureen Szabo", "Owen Thackston"),
    ("US", "zh"): ("Carla Merriweather", "Russell Okafor", "Maureen Szabo"),
}  # fmt: skip
# Titles by the direction of the want (buying from it, selling to it) and neutral ones.
TITLES = {
    "zh": {"up": ("采购部经理", "采购中心负责人", "供应部部长"), "down": ("出口业务负责人", "外贸业务总监", "国际销售部经理"),
           "any": ("总经理", "董事长", "副总经理")},
    "en": {"up": ("Procurement Lead", "Sourcing Lead", "Buying Manager"),
           "down": ("Export Sales Lead", "Head of Sales", "Business Development Director"),
           "any": ("President", "Owner", "General Manager")},
}  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip
STAFF_N = (30, 55, 90, 140, 210, 320, 480, 700, 1100, 1600, 2400, 3400)

HARD_QUOTA = {"material": 5, "served": 12, "generic": 9, "negated": 7, "misnamed": 9}
CN_IN_ENGLISH = 8  # CN companies writing in English (at least one per kind of profile)
US_IN_CHINESE = 7  # US companies writing in Chinese, one per kind of profile
CUES = ("cue", "named", "plan")
CUE_CYCLE = ("cue", "named", "plan", "cue", "named")  # two of each named kind to one plan
SOLO_N = 8  # profiles of one sentence (directory entries and match-making requests)


# ---------------------------------------------------------------------------------------------
# Layout (as in set 37, which has it from set 36)
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
    r"([\d,]+) (?:[a-z]+ )?(?:divers|instructors|lifeguards|technicians|reps)\b"
    r"|(?:潜水员|队员|教练|教练员|救生员|技师|业务员)(\d+)(?:名|人)"
)


def staff_of(rng: random.Random, detail: str, lang: str) -> str:
    """A head count above any count of people the detail gives (at most 1,800 when it gives
    none, so that the larger counts stay with the companies whose details need them)."""
    people = [int((a or b).replace(",", "")) for a, b in PEOPLE_IN_DETAIL.findall(detail)]
    least = max(people, default=0)
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
    old = make_name(rng, side, lang, place if side == "CN" else "", "neutral")  # a former name
    while old in used:
        old = make_name(rng, side, lang, place if side == "CN" else "", "neutral")
    used.add(old)
    org["_old"] = old
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
        "old": old, "month": (month := rng.randrange(1, 13)), "month_en": MONTHS_EN[month - 1],
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
    if rng.random() < TAIL_P[genre]:
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
    assert len(EARLIER_CHAINS) == 515
    ids = [o["id"] for o in profiles["organizations"]]
    assert len(ids) == len(set(ids)) == 110
    assert sum(i.startswith(PREFIX["CN"]) for i in ids) == 40
    assert sum(i.startswith(PREFIX["US"]) for i in ids) == 70
    own_ids = re.compile('"(?:' + PREFIX["CN"] + "|" + PREFIX["US"] + r")\d")
    for other in HERE.glob("*.json"):  # the prefixes are this set's alone: no '"q9' elsewhere
        if not other.name.startswith(NAME):
            text = other.read_text("utf-8")
            assert '"q9' not in text and not own_ids.search(text), other.name
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
    assert len(GENRES) == 7 and {"footer", "renamed", "moved"} <= set(GENRES)
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
