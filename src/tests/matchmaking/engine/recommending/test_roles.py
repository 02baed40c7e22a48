"""Offer and seek statements read from free text, and partners ranked by them (issue 18)."""

from __future__ import annotations

import pytest

from tradebridge.matchmaking.engine.recommending import (
    EmbeddingIndex,
    LexicalEncoder,
    parse_profiles,
    recommend,
    recommendations_document,
)
from tradebridge.matchmaking.engine.recommending.reasons import COMPETITOR_WARNING
from tradebridge.matchmaking.engine.recommending.roles import (
    roles_in,
    seek_score,
    self_description,
    split_statements,
    statement_roles,
    strip_boilerplate,
)

from .conftest import document, org


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        ("江苏光伏组件制造商，年产5吉瓦，希望在美国找到分销渠道。",
         "江苏光伏组件制造商，年产5吉瓦", "希望在美国找到分销渠道。"),
        ("诚邀美国石英坩埚制造商洽谈合作。我司系高纯石英砂供应商。",
         "我司系高纯石英砂供应商。", "诚邀美国石英坩埚制造商洽谈合作。"),
        ("储能系统集成商，现寻求海外项目开发商。", "储能系统集成商", "寻求海外项目开发商。"),
        ("Texas developer of storage projects, looking for LFP battery vendors.",
         "Texas developer of storage projects", "looking for LFP battery vendors."),
        ("We are seeking an Asian module supplier. Wholesale distributor of solar equipment.",
         "Wholesale distributor of solar equipment.", "seeking an Asian module supplier."),
        ("California installer; we need a reliable supplier of PV modules.",
         "California installer", "we need a reliable supplier of PV modules."),
        ("We make 4.5 MW turbines. We meet the needs of utilities.",
         "We make 4.5 MW turbines. We meet the needs of utilities.", ""),
        ("专注于满足客户需要的热泵制造商。", "专注于满足客户需要的热泵制造商。", ""),
    ],
)  # fmt: skip
def test_descriptions_split_into_offer_and_seek_in_both_languages(text, offer, seek):
    parts = split_statements(text)
    assert (parts.offer, parts.seek) == (offer, seek)


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        ("本厂生产竹制家居用品，年产值两亿元。美国的家居连锁品牌是理想的合作伙伴。",
         "本厂生产竹制家居用品，年产值两亿元。", "美国的家居连锁品牌是理想的合作伙伴。"),
        ("Grower of organic blueberries in Oregon. A Chinese importer with cold storage "
         "would be ideal.",
         "Grower of organic blueberries in Oregon.",
         "A Chinese importer with cold storage would be ideal."),
        ("Maker of industrial valves. Our next step: an agent in China.",
         "Maker of industrial valves.", "Our next step: an agent in China."),
        ("本公司成立于1998年。员工三百人。", "本公司成立于1998年。员工三百人。", ""),
    ],
)  # fmt: skip
def test_seek_sentences_without_cue_words_are_read_by_the_sentence_model(text, offer, seek):
    parts = split_statements(text)
    assert (parts.offer, parts.seek) == (offer, seek)


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        ("Maker of traction motors. A Chinese truck maker is what we want.",
         "Maker of traction motors.", "A Chinese truck maker is what we want."),
        ("我们是加工厂。这正是我们所需要的。", "我们是加工厂。", "这正是我们所需要的。"),
        ("Texas maker of pumps, seeking investors.", "Texas maker of pumps", "seeking investors."),
    ],
)  # fmt: skip
def test_a_cue_that_ends_its_sentence_makes_the_whole_sentence_a_seek(text, offer, seek):
    parts = split_statements(text)
    assert (parts.offer, parts.seek) == (offer, seek)


def test_the_sentence_model_leaves_one_sentence_an_offer():
    assert seek_score("Chinese distributors wanted.") > 0
    assert seek_score("Chinese investors wanted.") > 0
    parts = split_statements("Chinese distributors wanted. Chinese investors wanted.")
    assert parts.offer
    assert parts.seek


def test_beside_a_cue_the_sentence_model_judges_the_other_sentences():
    # Seek statements with and without cue words in one description (roles_holdout3/5).
    parts = split_statements(
        "Maker of industrial valves. Looking for an agent in China. "
        "A Chinese importer would be ideal."
    )
    assert parts.offer == "Maker of industrial valves."
    assert parts.seek == "Looking for an agent in China. A Chinese importer would be ideal."
    # But one sentence stays an offer, however seek-like the model finds it.
    parts = split_statements(
        "Grower of blueberries, looking for cold storage. A Chinese importer would be ideal."
    )
    assert parts.seek == "looking for cold storage."


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        ("我们是电子元器件分销商。谁是合适的芯片制造商？", "我们是电子元器件分销商。",
         "谁是合适的芯片制造商？"),
        ("Any apparel importer out there? We are a garment factory.",
         "We are a garment factory.", "Any apparel importer out there?"),
        # The words before a cue name what is wanted, not what the company is.
        ("We make electrolysers. Any Chinese gas equipment dealer interested in a partnership?",
         "We make electrolysers.",
         "Any Chinese gas equipment dealer interested in a partnership?"),
        # The company, then the cue and the partner it names: the head is the company.
        # A founding year alone is boilerplate (stripped).
        ("Founded in 1990. Harbor Valve Co., a maker of gate valves with plants in Ohio, "
         "would welcome a Chinese distributor.",
         "Harbor Valve Co., a maker of gate valves with plants in Ohio",
         "would welcome a Chinese distributor."),
        # A head naming the trip is part of the want.
        ("公司成立于2001年。此次随团访美，重点物色阀门经销商。", "公司成立于2001年。",
         "此次随团访美，重点物色阀门经销商。"),
    ],
)  # fmt: skip
def test_questions_and_what_precedes_a_cue_can_be_seeks(text, offer, seek):
    parts = split_statements(text)
    assert (parts.offer, parts.seek) == (offer, seek)


def test_roles_are_read_from_role_nouns_in_both_languages():
    assert roles_in("光伏组件制造商", offer=True) == {"supply"}
    assert roles_in("寻求美国分销商", offer=False) == {"distribution"}
    assert roles_in("looking for a wholesale distributor", offer=False) == {"distribution"}
    assert roles_in("developer of grid-scale storage projects", offer=True) == {"customer"}
    # Whom a company serves is not what it is.
    assert roles_in("a distributor: we sell modules to installers", offer=True) == {"distribution"}
    assert roles_in("光伏产品批发商，向安装商批发组件", offer=True) == {"distribution"}


# The case: a Chinese module maker seeking a US distributor, a US maker of the same
# modules (itself seeking distributors) and a US wholesale distributor wanting an Asian supplier.
SOLAR = (
    org("cn-maker", "CN", description={
        "zh": "江苏光伏组件制造商，年产N型TOPCon组件5吉瓦，通过UL认证。"
              "希望寻找美国分销商，拓展北美市场。"}),
    org("us-maker", "US", description={
        "en": "Ohio manufacturer of TOPCon solar PV modules, 2 GW a year. Seeking distributors "
              "to sell our modules across the US."}),
    org("us-distributor", "US", description={
        "en": "Wholesale distributor of solar equipment to installers across the Southwest. "
              "Looking for an Asian PV module manufacturer as our supplier."}),
    org("cn-distributor", "CN", description={
        "zh": "光伏产品分销商，向国内安装商批发组件和逆变器。寻找北美光伏组件制造商。"}),
)  # fmt: skip

CRUCIBLE = (
    org("cn-crucible", "CN", description={
        "zh": "石英坩埚制造商，为单晶硅拉制提供大尺寸坩埚。需要稳定的高纯石英砂供应商。"}),
    org("us-crucible", "US", description={
        "en": "Quartz crucible maker for crystal pulling. Looking for high-purity quartz sand."}),
    org("us-sand", "US", description={
        "en": "We mine and refine high-purity quartz sand. Seeking crucible makers in Asia as "
              "customers."}),
)  # fmt: skip

STORAGE = (
    org("cn-storage", "CN", description={
        "zh": "集装箱式储能系统制造商，已交付3吉瓦时。寻求美国储能电站项目开发商。"}),
    org("us-integrator", "US", description={
        "en": "Battery storage system integrator building containerised systems. Looking for "
              "project developers in the US."}),
    org("us-developer", "US", description={
        "en": "Developer of grid-scale storage projects in Texas, looking for a supplier of "
              "containerised battery storage systems."}),
)  # fmt: skip


@pytest.mark.parametrize(
    ("orgs", "query", "partner", "competitor"),
    [
        (SOLAR, "cn-maker", "us-distributor", "us-maker"),
        (SOLAR, "us-distributor", "cn-maker", "cn-distributor"),
        (SOLAR, "us-maker", "cn-distributor", "cn-maker"),
        (CRUCIBLE, "cn-crucible", "us-sand", "us-crucible"),
        (STORAGE, "cn-storage", "us-developer", "us-integrator"),
    ],
)
def test_complementary_partner_ranks_above_a_competitor(e5, orgs, query, partner, competitor):
    recs = recommend(parse_profiles(document(*orgs)), encoder=e5)
    ranked = [r.id for r in recs[query]]
    assert ranked.index(partner) < ranked.index(competitor)
    assert ranked[0] == partner


def test_reasons_say_what_each_offers_the_other_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*SOLAR)), encoder=e5)
    reasons = {r.id: r.reasons for r in recs["cn-maker"]}["us-distributor"]
    en = [r.en for r in reasons]
    zh = [r.zh for r in reasons]
    assert "Is a distributor, dealer or agent, which you seek" in en
    assert "是您所寻找的经销商或代理商" in zh
    assert "Seeks a maker or supplier, which you are" in en
    assert "正在寻找制造商或供应商，正是您的角色" in zh
    assert not any(r.warning for r in reasons)


PIANO = (
    org("us-school", "US", description={
        "en": "A music school chain with 220 schools. We buy pianos in large volumes and plan "
              "to order direct from a factory in China, without brokers."}),
    org("cn-factory", "CN", description={
        "zh": "钢琴制造厂，立式与三角钢琴年产6万台。可以给美国的终端用户做定制款，工厂直发。"}),
    org("cn-dealer", "CN", description={
        "zh": "钢琴进口经销商，展厅14个。急需美国音乐培训学校连锁，欢迎洽谈。"}),
    org("cn-weaver", "CN", description={
        "zh": "蹦床跳布织造厂，聚丙烯跳布年产400万平方米。寻找一家美国蹦床制造厂。"}),
    org("us-trampoline", "US", description={
        "en": "Trampoline manufacturer, 600,000 trampolines a year. Looking to partner with a "
              "trampoline mat weaver based in China."}),
)  # fmt: skip


def test_reasons_name_a_works_sought_and_not_a_role_done_without_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*PIANO)), encoder=e5)
    school = {r.id: r.reasons for r in recs["us-school"]}
    # The factory is what the chain seeks; the dealer is what it means to do without, and the
    # factory's "工厂直发" is its own works, so it does not seek a maker itself.
    assert "Is a maker or supplier, which you seek" in [r.en for r in school["cn-factory"]]
    assert "是您所寻找的制造商或供应商" in [r.zh for r in school["cn-factory"]]
    assert not any("which you seek" in r.en for r in school["cn-dealer"])
    # The weaver is the trampoline maker's first, and its want is named. (The reader is sure
    # the weaver supplies a material, R, while "a trampoline mat weaver" sought is the
    # lexicon's maker or supplier, so no reason names that side since 2026-12-07.)
    assert recs["us-trampoline"][0].id == "cn-weaver"
    weaver = recs["us-trampoline"][0].reasons
    assert "Seeks a maker or supplier, which you are" in [r.en for r in weaver]
    assert "正在寻找制造商或供应商，正是您的角色" in [r.zh for r in weaver]


def test_a_competitor_is_flagged_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*SOLAR)), encoder=e5)
    reasons = {r.id: r.reasons for r in recs["cn-maker"]}["us-maker"]
    assert reasons[0] == COMPETITOR_WARNING
    assert reasons[0].warning
    assert reasons[0].en.startswith("Possible competitor")
    assert reasons[0].zh.startswith("可能是竞争对手")
    out = recommendations_document(recs)["recommendations"]["cn-maker"]
    flagged = {r["id"]: [x for x in r["reasons"] if x.get("warning")] for r in out}
    assert flagged["us-maker"] == [
        {"en": COMPETITOR_WARNING.en, "zh": COMPETITOR_WARNING.zh, "warning": True}
    ]
    assert flagged["us-distributor"] == []


def test_directory_query_ranks_like_the_session(e5):
    profiles = parse_profiles(document(*SOLAR, *CRUCIBLE, *STORAGE))
    index = EmbeddingIndex(e5)
    index.upsert(profiles)
    for query, partner in (("cn-maker", "us-distributor"), ("cn-storage", "us-developer")):
        assert index.query(query, top=3)[0].id == partner


def test_codes_only_ignores_the_roles_of_the_text():
    recs = recommend(parse_profiles(document(*SOLAR)), use_text=False)
    for recs_of in recs.values():
        for rec in recs_of:
            assert not any(r.en.startswith(("Is a", "Seeks a")) for r in rec.reasons)
            assert not any(r.warning for r in rec.reasons)


def test_lexical_fallback_uses_the_roles_too():
    recs = recommend(parse_profiles(document(*SOLAR)), encoder=LexicalEncoder())
    ranked = [r.id for r in recs["cn-maker"]]
    assert ranked.index("us-distributor") < ranked.index("us-maker")


def test_directory_shortlist_keeps_the_partner(e5, monkeypatch):
    # A query scores every candidate on the whole vectors first and adds the offer/seek
    # signals for a shortlist; with a shortlist of 4 of 6 candidates the first two picks are
    # unchanged (the third may not be: us-sand's "crucible makers" wanted reads as a supply
    # role, a signal the whole-vector shortlist cannot see).
    from tradebridge.matchmaking.engine.recommending import index as index_module

    profiles = parse_profiles(document(*SOLAR, *CRUCIBLE, *STORAGE))
    index = EmbeddingIndex(e5)
    index.upsert(profiles)
    full = {q: [r.id for r in index.query(q, top=2)] for q in ("cn-maker", "cn-storage")}
    monkeypatch.setattr(index_module, "SHORTLIST", 4)
    short = {q: [r.id for r in index.query(q, top=2)] for q in ("cn-maker", "cn-storage")}
    assert short == full
    assert short["cn-maker"][0] == "us-distributor"


def test_an_index_saved_before_the_split_still_loads(e5, tmp_path):
    import numpy as np

    profiles = parse_profiles(document(*SOLAR))
    index = EmbeddingIndex(e5)
    index.upsert(profiles)
    path = tmp_path / "index.npz"
    index.save(path)
    with np.load(path) as data:
        old = {k: data[k] for k in data.files if k not in ("offer", "seek")}
    np.savez(path, **old)
    loaded = EmbeddingIndex.load(path, e5)
    assert (loaded.seek == 0).all()
    assert [r.id for r in loaded.query("cn-maker", top=3)]


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        # A want joined to the offer in one sentence, without a cue word: it starts at the
        # clause that names the other country or a trip there.
        ("恒达公司为不锈钢管材生产商，年产5万吨，此次赴美拟拜访建筑承包商。",
         "恒达公司为不锈钢管材生产商，年产5万吨", "此次赴美拟拜访建筑承包商。"),
        ("Ridgeway Foods Inc., a snack brand sold in 4,000 stores, plans a trip to meet "
         "Chinese co-packers.", "Ridgeway Foods Inc., a snack brand sold in 4,000 stores",
         "plans a trip to meet Chinese co-packers."),
        # Or a trip, where the country goes unsaid.
        ("公司为包装机械制造商，出访期间将约见食品厂。", "公司为包装机械制造商",
         "出访期间将约见食品厂。"),
        ("Ridgeway Foods Inc., a snack brand, on this trip meeting co-packers.",
         "Ridgeway Foods Inc., a snack brand", "on this trip meeting co-packers."),
        # A clause naming the other country that says what the company does stays an offer.
        ("公司为阀门制造商，年产20万台，产品出口美国和欧洲。",
         "公司为阀门制造商，年产20万台，产品出口美国和欧洲。", ""),
        ("We supply resin, with warehouses in Texas, and ship to customers across America.",
         "We supply resin, with warehouses in Texas, and ship to customers across America.", ""),
    ],
)  # fmt: skip
def test_a_want_in_a_clause_naming_the_other_country_is_a_seek(text, offer, seek):
    parts = split_statements(text)
    assert (parts.offer, parts.seek) == (offer, seek)


def test_a_description_without_a_want_read_takes_its_most_want_like_partner_sentence():
    # Every sentence below 0 for the sentence model; the one naming a partner is the want.
    parts = split_statements(
        "Maker of industrial valves in Ohio. 300 staff. Chinese valve distributors with "
        "service teams are the next step for us."
    )
    assert parts.offer == "Maker of industrial valves in Ohio. 300 staff."
    assert parts.seek.startswith("Chinese valve distributors")
    # Unless the model is sure no sentence is a want, or none names a partner.
    assert split_statements("We make 4.5 MW turbines. We meet the needs of utilities.").seek == ""
    assert split_statements("本公司成立于1998年。员工三百人。").seek == ""


def test_a_want_read_where_none_was_prefers_the_sentence_naming_the_other_country():
    # Both sentences below 0 for the sentence model; the want names the other country.
    parts = split_statements(
        "Ohio Valve Co., gate valve manufacturer. Chinese distributors with service teams are "
        "the next step for us."
    )
    assert parts.offer == "Ohio Valve Co., gate valve manufacturer."
    # The company's own role noun ("makes", -1.6) does not make its self-description a want
    # where a sentence names the other country, here one the model is sure is no want.
    text = "Harbor Pump Co. makes centrifugal pumps. We sell through 40 distributors in the US."
    assert split_statements(text).seek == ""


@pytest.mark.parametrize(
    ("text", "offer", "seek"),
    [
        # A directory line naming the company's own kind is its offer, not its want.
        ("Since 2001 in Ohio. A ceramic tile plant: four million square metres a year; "
         "we are expanding into China through importers who can stock our tiles. CE marked.",
         "Since 2001 in Ohio. A ceramic tile plant: four million square metres a year; CE marked.",
         "we are expanding into China through importers who can stock our tiles."),
        ("A ceramic tile plant: four million square metres a year. Tile wholesalers in China "
         "are welcome to contact our export desk. CE marked; annual sales of about $30 million.",
         "A ceramic tile plant: four million square metres a year. "
         "CE marked; annual sales of about $30 million.",
         "Tile wholesalers in China are welcome to contact our export desk."),
    ],
)  # fmt: skip
def test_a_self_description_is_the_offer_and_a_bare_figure_never_the_want(text, offer, seek):
    assert split_statements(text) == type(split_statements(text))(offer, seek)


def test_a_bare_invitation_is_neither_offer_nor_want():
    # "Welcome to our booth" names no partner: the want is the sentence naming the other side.
    text = (
        "主营业务：灯具批发商，下游门店800家。"
        "我们可为北美家居连锁提供集中采购与配送服务。欢迎来展台洽谈。"
    )
    split = split_statements(text)
    assert "展台" not in split.offer + split.seek
    assert split.seek == "我们可为北美家居连锁提供集中采购与配送服务。"
    # An invitation that names whom it invites stays a want.
    named = split_statements("欢迎风电整机企业来函洽谈。我司为叶片轴承制造商，年产八千套。")
    assert named.seek == "欢迎风电整机企业来函洽谈。"


def test_a_want_inside_the_self_description_sentence_is_split_off():
    text = (
        "总部位于湖南。我司为米粉生产企业，日产米粉80吨，包装膜目前分散采购，"
        "今后拟通过一家美国包装材料分销商集中进货。去年销售额增长5%。"
    )
    split = split_statements(text)
    assert split.seek == "今后拟通过一家美国包装材料分销商集中进货。"
    assert split.offer.startswith("总部位于湖南。我司为米粉生产企业")


def test_a_partner_named_before_is_our_most_wanted_is_the_want():
    split = split_statements(
        "主营业务：管件分销商，库存规格两万种。北美管件制造商是本公司最想结识的合作方。"
    )
    assert split.seek == "北美管件制造商是本公司最想结识的合作方。"


@pytest.mark.parametrize(
    ("offer", "own"),
    [
        # A list of present customers names whom the company sells to, not what it is.
        ("A wig factory. Customers include hairpiece importers in the UK.", {"supply"}),
        ("A mushroom grower; our clients such as produce distributors in Japan.", {"supply"}),
        ("本会员单位为渔具制造商。现有客户包括加拿大、德国的渔具批发商。", {"supply"}),
        ("假发工厂，主要客户有美国的发制品经销商。", {"supply"}),
        # The member-form subject "本会员单位为" says what the company is.
        ("本会员单位为雨具批发商，旺季日发货3万箱。", {"distribution"}),
        ("本企业为劳保手套生产企业。", {"supply"}),
        # Plurals and end buyers read as their general class.
        ("We run two factories.", {"supply"}),
        ("A network of river outfitters.", {"customer"}),
        ("城市供水公司，供水管网9000公里。", {"customer"}),
    ],
)
def test_customer_lists_and_member_form_subjects_leave_the_company_its_own_role(offer, own):
    assert roles_in(offer, offer=True) == own


@pytest.mark.parametrize(
    ("statement", "offer", "roles"),
    [
        # Any works in 厂 makes or supplies, and so do agent nouns of a making trade.
        ("本公司属人造草坪跳布织造厂，年产400万平方米。", True, {"supply"}),
        # A spinning mill or an extruder supplies makers with yarn: materials (rec18j).
        ("寻求与美方纺纱厂合作。", False, {"material"}),
        ("A synthetic yarn extruder, 30,000 tonnes a year.", True, {"material"}),
        ("Looking to partner with a mat weaver based in China.", False, {"supply"}),
        # "验厂" is a factory audit, not a works.
        ("已通过BSCI验厂。", False, set()),
        # One who holds stock for its buyers distributes.
        ("Ideal partner: a tyre stockist in China.", False, {"distribution"}),
        ("We would rather buy through one Chinese stocking supplier.", False, {"distribution"}),
        # A contractor that builds plants is no plant.
        ("市政工程公司，承建污水处理厂40座。", True, {"customer"}),
    ],
)  # fmt: skip
def test_works_and_making_trades_read_as_makers(statement, offer, roles):
    assert roles_in(statement, offer=offer) == roles


@pytest.mark.parametrize(
    ("want", "roles"),
    [
        # A role the company means to do without is not what it seeks.
        ("We buy pianos in bulk and plan to order from a factory in China, without brokers.",
         {"supply"}),
        ("希望直接向美国工厂采购，跳过中间经销商。", {"supply"}),
        # The company's own making, in its want, names no partner.
        ("愿按美国大型用户的规格直接生产、直接发货。", {"customer"}),
        ("可以给美国的终端用户做定制款，工厂直发。", {"customer"}),
        ("We manufacture to the drawings of a distributor in China.", {"distribution"}),
        # A works named before "直供" is the partner's, and a making noun still counts.
        ("所用原料拟改由北美工厂直供。", {"supply"}),
        ("寻求美国原料供应。", {"material"}),
        ("寻求与美方电机生产企业合作。", {"supply"}),
        # "We have no X yet" wants X.
        ("We have no Chinese producer yet.", {"supply"}),
    ],
)  # fmt: skip
def test_a_want_names_neither_what_it_does_without_nor_what_it_does_itself(want, roles):
    assert roles_in(want, offer=False) == roles


def test_a_named_company_saying_what_kind_it_is_stays_the_offer():
    parts = split_statements(
        "恒盛贸易是业内知名的餐饮食材批发商；覆盖连锁餐厅2000家。连锁咖啡品牌是我们的首选伙伴。"
    )
    assert (parts.offer, parts.seek) == (
        "恒盛贸易是业内知名的餐饮食材批发商；覆盖连锁餐厅2000家。",
        "连锁咖啡品牌是我们的首选伙伴。",
    )
    assert self_description("晨瑞贸易是一家汽车零部件贸易商。")
    assert not self_description("美国的家居连锁品牌是理想的合作伙伴。")


def test_a_customer_list_in_a_want_still_names_the_wanted_role():
    assert roles_in("Seeking importers whose customers include hospitals.", offer=False) >= {
        "distribution",
        "customer",
    }


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        # A sign-up form: labels go, values stay, the name field goes whole.
        (
            "Company: Moreau Supply Co. Type of business: umbrella factory. Matchmaking "
            "request: We want an importer in China.",
            "umbrella factory. We want an importer in China.",
        ),
        (
            "单位名称：福建盛鼎股份有限公司；企业类型：劳保手套生产企业；访美目的：寻找美国分销商。",
            "劳保手套生产企业；寻找美国分销商。",
        ),
        # A member-directory name line, a booth number and a bare certificate line.
        (
            "Hunan Langfeng Co., Ltd. (Hunan, China), member since 2012. A powder supplier. "
            "Booth 1522. ABYC compliant.",
            "A powder supplier.",
        ),
        (
            "河南亿盛贸易有限公司（会员，河南），2012年成立。"
            "本会员单位为雨具批发商。已通过ISO 9001认证。",
            "本会员单位为雨具批发商。",
        ),
        # A list of present customers is about them, not the company.
        ("A wig factory. Customers include importers in the UK.", "A wig factory."),
        # A one-label line is no form, and a text of boilerplate only is kept.
        ("A wig factory: 1.2 million wigs a year.", "A wig factory: 1.2 million wigs a year."),
        ("Booth 1522.", "Booth 1522."),
    ],
)
def test_boilerplate_of_forms_directories_and_booths_is_stripped(text, stripped):
    assert strip_boilerplate(text) == stripped


def test_a_form_profile_splits_its_self_description_into_the_offer():
    parts = split_statements(
        "Company: Osborne Supply Co. Type of business: wallcovering manufacturer. Size: twenty "
        "million rolls a year. Matchmaking request: Seeking wallcovering distributors in China."
    )
    assert "wallcovering manufacturer" in parts.offer
    assert "Osborne" not in parts.offer + parts.seek
    assert parts.seek.startswith("Seeking wallcovering distributors")


def test_a_listing_request_line_is_the_want():
    parts = split_statements(
        "Pizza chain, 1,400 pizza restaurants. Target contacts: mushroom growers in the US."
    )
    assert parts.offer == "Pizza chain, 1,400 pizza restaurants."
    assert parts.seek == "Target contacts: mushroom growers in the US."


def test_the_self_description_naming_its_own_country_is_never_the_want():
    text = (
        "Some of our spend is moving to suppliers abroad. Jiangxi Fenghe Co., Ltd., an "
        "outdoor sports retailer in Jiangxi, China: ninety-five outdoor superstores."
    )
    assert self_description(text.split(". ", 1)[1])
    assert "outdoor sports retailer in Jiangxi, China" in split_statements(text).offer


MODULES = (
    org("cn-maker", "CN", description={"zh": "光伏组件制造商。寻求美国分销商。"}),
    org("us-partner", "US", description={
        "en": "We are a wholesale distributor of solar modules. "
              "Looking for a module manufacturer in China."}),
    org("us-trap", "US", description={
        "en": "We are a wholesale distributor of solar modules. "
              "Looking for project developers in China."}),
)  # fmt: skip


def test_reasons_claim_a_role_only_for_a_match_both_ways_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*MODULES)), encoder=e5)
    maker = {r.id: r.reasons for r in recs["cn-maker"]}
    partner = [(r.en, r.zh) for r in maker["us-partner"]]
    assert (
        "Is a distributor, dealer or agent, which you seek",
        "是您所寻找的经销商或代理商",
    ) in partner
    assert (
        "Seeks a maker or supplier, which you are",
        "正在寻找制造商或供应商，正是您的角色",
    ) in partner
    # The trap is a distributor, but seeks developers, not a maker: no role is claimed for it,
    # from either side, in either language.
    trap = maker["us-trap"]
    assert not any(r.en.startswith(("Is a ", "Seeks a ")) for r in trap)
    assert not any(r.zh.startswith(("是您所寻找的", "正在寻找")) for r in trap)
    back = {r.id: r.reasons for r in recs["us-trap"]}["cn-maker"]
    assert not any(r.en.startswith(("Is a ", "Seeks a ")) for r in back)
    assert recs["cn-maker"][0].id == "us-partner"


@pytest.mark.parametrize(
    ("text", "offer", "roles"),
    [
        ("A cotton yarn spinner that supplies yarn to towel mills.", True, {"material"}),
        ("Auto parts supplier, 2 million brake pads a year.", True, {"material"}),
        ("棉纱线生产商，为国内毛巾厂供货。", True, {"material"}),
        ("汽车零部件供应商，年产刹车片200万套。", True, {"material"}),
        ("Towel mill making bath towels.", True, {"supply"}),
        ("stainless steel cookware maker", True, {"supply"}),
        ("光伏组件制造商，年产5吉瓦。", True, {"supply"}),
        ("seeking a cotton yarn supplier in China", False, {"material"}),
        ("寻找原料供应商", False, {"material"}),
        ("wants to meet a towel mill in China", False, {"supply"}),
        ("希望结识美国的毛巾制造厂", False, {"supply"}),
    ],
)  # fmt: skip
def test_material_supply_told_from_a_finished_goods_maker_in_both_languages(text, offer, roles):
    assert roles_in(text, offer=offer) == roles


@pytest.mark.parametrize(
    ("text", "offered", "sought"),
    [
        # A maker that seeks a supplier wants its inputs.
        ("Furniture maker in Ohio. We are looking for a hardware supplier in China.",
         {"supply"}, {"material"}),
        ("家具制造商，年产沙发5万套。寻找五金供应商。", {"supply"}, {"material"}),
        # A supplier that seeks a maker supplies what that maker uses.
        ("Hardware supplier in Ohio. We are looking for a furniture factory in China.",
         {"material"}, {"supply"}),
        ("五金供应商，年产铰链800万只。寻找美国家具制造厂。", {"material"}, {"supply"}),
        # A maker that seeks a maker: the words do not say which stage, so both stay coarse.
        ("Furniture maker in Ohio. We are looking for a furniture factory in China.",
         {"supply"}, {"supply"}),
    ],
)  # fmt: skip
def test_supply_stage_told_from_who_seeks_whom_in_both_languages(text, offered, sought):
    assert statement_roles(text) == (frozenset(offered), frozenset(sought))


YARN = (
    org("cn-spinner", "CN", description={
        "zh": "棉纱线生产商，年产3万吨精梳棉纱，为国内毛巾厂供货。希望结识美国的毛巾制造厂。"}),
    org("cn-resin", "CN", description={
        "zh": "工程塑料树脂供应商，年产5万吨。寻找美国注塑制品生产企业。"}),
    org("us-mill", "US", description={
        "en": "Towel mill in South Carolina weaving 20 million bath towels a year. Seeking a "
              "cotton yarn supplier in China."}),
    org("us-spinner", "US", description={
        "en": "Cotton yarn spinner in Georgia, 40,000 tonnes of ring-spun yarn a year. Wants to "
              "meet a towel mill in China."}),
)  # fmt: skip


def test_a_materials_supplier_is_no_role_partner_of_another_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*YARN)), encoder=e5)
    # The two spinners both want a mill and offer yarn: same-stage competitors, not partners
    # (read as one "maker or supplier" role, each was the role the other seeks, both ways).
    spinner = {r.id: r.reasons for r in recs["us-spinner"]}["cn-spinner"]
    assert not any("which you" in r.en for r in spinner)
    assert not any("正在寻找" in r.zh or "您所寻找" in r.zh for r in spinner)
    mill = {r.id: r.reasons for r in recs["us-mill"]}["cn-spinner"]
    assert "Is a supplier of materials or parts, which you seek" in [r.en for r in mill]
    assert "是您所寻找的原材料或零部件供应商" in [r.zh for r in mill]
    assert recs["cn-spinner"][0].id == "us-mill"


@pytest.mark.parametrize(
    ("text", "offered", "sought"),
    [
        # Customers that are makers: the company supplies what they use.
        ("Nylon filament producer, 5,000 tonnes a year. Our main customers are brush "
         "manufacturers. Looking for a brush factory in China.", {"material"}, {"supply"}),
        ("铝型材挤压企业，年产型材10万吨，长期为门窗制造商供货。寻找美国门窗制造商。",
         {"material"}, {"supply"}),
        ("刷丝生产企业，年产3000吨，主要客户为当地牙刷制造商。寻找美国牙刷制造商。",
         {"material"}, {"supply"}),
        # Sold through distributors and no role named: a maker.
        ("Family winery in Sonoma, selling to wine importers. Seeking a Chinese importer.",
         {"supply"}, {"distribution"}),
        # Customers that are distributors leave a maker a maker.
        ("商用冰箱制造商，年产2万台，合作客户中有德国的多家厨房设备经销商。寻找美国经销商。",
         {"supply"}, {"distribution"}),
    ],
)  # fmt: skip
def test_whom_a_company_serves_tells_its_stage_in_both_languages(text, offered, sought):
    assert statement_roles(text) == (frozenset(offered), frozenset(sought))


@pytest.mark.parametrize(
    ("text", "offered", "sought"),
    [
        # No role named, only the sites it runs: an operator, i.e. an end buyer.
        ("Regional airline, a fleet of ninety aircraft. Seeking a seat manufacturer in China.",
         {"customer"}, {"supply"}),
        ("城市公交集团，运营公交线路300条。寻找美国客车制造商。", {"customer"}, {"supply"}),
        # "Operates as" with an output of its own says nothing of buying.
        ("Acme Generics operates as a drug formulator: three billion tablets a year. Seeking a "
         "distributor in China.", set(), {"distribution"}),
    ],
)  # fmt: skip
def test_a_company_naming_only_the_sites_it_runs_is_a_buyer_in_both_languages(
    text, offered, sought
):
    assert statement_roles(text) == (frozenset(offered), frozenset(sought))


@pytest.mark.parametrize(
    ("text", "offered", "sought"),
    [
        # A want that buys names a supplier even without a role noun: of inputs for a maker.
        ("Bicycle maker in Oregon, 200,000 bikes a year. Our demand for frame tubes doubles "
         "next year and we intend to import them from China.", {"supply"}, {"material"}),
        ("洗碗机制造商，年产5万台。明年扩产后不锈钢板缺口较大，准备从美国直接进口原料。",
         {"supply"}, {"material"}),
        ("Hardware wholesaler with 40 branches. We want to buy hinges from China.",
         {"distribution"}, {"supply"}),
        # How it buys today is not what it seeks.
        ("Hardware wholesaler with 40 branches. We buy our hinges through trading companies "
         "today and want to contract a factory in China.", {"distribution"}, {"supply"}),
        ("五金批发企业，网点40个。过去一直通过贸易商采购铰链，今后希望直接对接美国生产厂。",
         {"distribution"}, {"supply"}),
        ("五金批发企业，网点40个。希望直接向美国生产厂采购，不再经过贸易商。",
         {"distribution"}, {"supply"}),
        # The simple present tells how it buys now; the wish is the partner.
        ("Gym chain with 500 gyms. We buy rowing machines from many small vendors and would "
         "rather have one Chinese wholesaler.", {"customer"}, {"distribution"}),
        ("Treadmill maker. We buy all our motors from one domestic plant and plan to "
         "qualify a second source in China.", {"supply"}, {"material"}),
        # A maker that ships to the maker it seeks supplies it.
        ("Copper foil mill in Arizona, 20,000 tonnes a year. We can ship to a battery plant in "
         "China on its production schedule.", {"material"}, {"supply"}),
        ("铜箔生产企业，年产铜箔2万吨。希望结识美国电池厂，可按其排产计划分批发货。",
         {"material"}, {"supply"}),
    ],
)  # fmt: skip
def test_what_a_want_buys_or_delivers_tells_the_stage_in_both_languages(text, offered, sought):
    assert statement_roles(text) == (frozenset(offered), frozenset(sought))


@pytest.mark.parametrize(
    ("statement", "offer", "roles"),
    [
        # "<subject>为/作为X" says what the company is; "为X供货" names whom it serves.
        ("作为一家建材分销商，公司设有配送中心5个。", True, {"distribution"}),
        ("远瑞集团为门窗制造商，断桥铝窗年产80万樘。", True, {"supply"}),
        ("主营业务为洗碗机生产企业，年产5万台。", True, {"supply"}),
        ("洗衣机制造商，可为美国的大型用户量身定制商用洗衣机。", True, {"supply"}),
        # A supply noun's modifier is no verb; "3,000 stores supplied" are whom it serves.
        ("Farm supply distributor; 2,600 farm stores supplied.", True, {"distribution"}),
        ("A packaging distributor. We already supply bottling plants.", True, {"distribution"}),
        # A registered name's trade word is not the company's role.
        ("浙江康运供应链有限公司，物流设备经销商。", True, {"distribution"}),
        # A supplier that holds stock is a distributor; shipping in batches is no wholesale.
        ("明年起改由美国一家有库存的供货商统一配送。", False, {"distribution"}),
        ("产能有富余，可按美方的排产计划分批发货。", False, set()),
        ("through one local partner with warehouses and a sales network", False,
         {"distribution"}),
        # The company's own works in a want; another's plant bought from is still wanted.
        ("Large users in China can have mats shipped direct from the factory.", False,
         {"customer"}),
        ("Chinese-made mats would fill our line card, bought straight from the plant.", False,
         {"supply"}),
    ],
)  # fmt: skip
def test_roles_read_from_the_sentence_and_not_from_names_in_both_languages(statement, offer, roles):
    assert roles_in(statement, offer=offer) == roles


def test_a_self_description_after_a_registered_name_and_colon_stays_the_offer():
    text = (
        "Operating since 1976. Anhui Hengsheng Co., Ltd.: an airline, a fleet of ninety "
        "aircraft. Meetings with American seat manufacturers are the purpose of this trip."
    )
    parts = split_statements(text)
    assert parts.seek == "Meetings with American seat manufacturers are the purpose of this trip."


CHAIN = (
    org("cn-filament", "CN", description={
        "zh": "尼龙刷丝生产企业，年产刷丝6000吨，主要客户为当地牙刷制造商。"
              "希望结识美国牙刷制造商。"}),
    org("cn-brush", "CN", description={
        "zh": "牙刷制造商，年产牙刷8亿支。寻找美国口腔护理用品分销商。"}),
    org("us-brush", "US", description={
        "en": "Toothbrush maker in Ohio, 800 million toothbrushes a year. Our filament shortfall "
              "grows next year, and we mean to import it straight from China."}),
)  # fmt: skip


def test_a_maker_buying_its_input_meets_the_supplier_of_makers_in_both_languages(e5):
    recs = recommend(parse_profiles(document(*CHAIN)), encoder=e5)
    assert recs["us-brush"][0].id == "cn-filament"
    reasons = [(r.en, r.zh) for r in {r.id: r.reasons for r in recs["us-brush"]}["cn-filament"]]
    assert ("Is a supplier of materials or parts, which you seek",
            "是您所寻找的原材料或零部件供应商") in reasons  # fmt: skip
    # The other maker of toothbrushes is the same stage, not the supplier sought.
    other = {r.id: r.reasons for r in recs["us-brush"]}["cn-brush"]
    assert not any(r.en.startswith("Is a ") for r in other)
    assert not any(r.zh.startswith("是您所寻找的") for r in other)


@pytest.mark.parametrize(
    ("text", "offered", "sought"),
    [
        # A group of the sites it runs is their buyer, sought or seeking, in either language.
        ("Dental practice group; 320 dental offices. Dental supply distributors in China are "
         "welcome to contact us.", {"customer"}, {"distribution"}),
        ("我们是酒店集团。每年新开酒店20家。想结识家具进口批发商。", {"customer"},
         {"distribution"}),
        ("Solid-wood furniture factory, 1,200 containers a year. Seeking a hotel group in "
         "China.", {"supply"}, {"customer"}),
        # A registered name ending in "Group" is no kind of company.
        ("Stonebridge Group, a meat-packing company in Tennessee. Seeking work glove "
         "manufacturers in China.", set(), {"supply"}),
        ("禾远集团：葡萄酒进口商，代理酒款300余款。寻找美国酒庄。", {"distribution"}, set()),
        # A retailer sells to consumers: the end buyer of a trade chain, not its distributor.
        ("An outdoor sports retailer with ninety-five outdoor superstores. We need a "
         "dependable Chinese tackle wholesaler.", {"customer"}, {"distribution"}),
        ("Fishing tackle manufacturer, six million rods a year. Target contacts: outdoor "
         "sports retailers in China.", {"supply"}, {"customer"}),
        ("作为福建知名文具零售连锁，公司门店600家。寻找北美文具批发商。", {"customer"},
         {"distribution"}),
        # Selling to retailers still leaves a wholesaler a distributor.
        ("家具进口批发商，向家居零售商供货。寻找美国家具工厂。", {"distribution"}, {"supply"}),
    ],
)  # fmt: skip
def test_a_group_of_sites_and_a_retailer_are_end_buyers_in_both_languages(text, offered, sought):
    assert statement_roles(text) == (frozenset(offered), frozenset(sought))


def test_a_role_an_offer_does_without_is_not_its_own():
    offer = "Part of our spend is moving to a manufacturer, cutting out brokers. A retailer."
    assert roles_in(offer, offer=True) == {"customer"}
