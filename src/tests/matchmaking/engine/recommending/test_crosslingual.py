from __future__ import annotations

from tradebridge.matchmaking.engine.recommending import parse_profiles, recommend

from .conftest import document, org

# Text only, no codes: only understanding across languages can pair the PV maker and installer.
PROFILES = (
    org("cn-pv", "CN", name={"zh": "江苏晶阳光伏科技"},
        description={"zh": "江苏光伏组件制造商，年产高效太阳能电池板，寻找美国的分销和安装渠道。"}),
    org("cn-tea", "CN", name={"zh": "云南普洱茶业"},
        description={"zh": "普洱茶生产商，寻找海外茶饮品牌合作。"}),
    org("cn-bus", "CN", name={"zh": "郑州电动客车"},
        description={"zh": "纯电动公交车制造商，寻求城市公交系统采购订单。"}),
    org("cn-glass", "CN", name={"zh": "安徽光伏玻璃"},
        description={"zh": "光伏玻璃生产商，只向国内组件厂供货，寻求国内银行贷款。"}),
    org("us-solar", "US", name={"en": "SunCoast Installers"},
        description={"en": "California rooftop solar installer looking for a reliable supplier "
                           "of high-efficiency PV modules."}),
    org("us-coffee", "US", name={"en": "Portland Specialty Beverages"},
        description={"en": "Oregon importer of specialty coffee for cafés."}),
    org("us-school", "US", name={"en": "Foothill College"},
        description={"en": "Community college building student exchange programs."}),
    org("us-oil", "US", name={"en": "Permian Oil Services"},
        description={"en": "Texas oilfield services company seeking drilling contracts."}),
)  # fmt: skip


def test_chinese_and_english_partners_rank_each_other_first(e5):
    recs = recommend(parse_profiles(document(*PROFILES)), encoder=e5)
    assert (recs["cn-pv"][0].id, recs["us-solar"][0].id) == ("us-solar", "cn-pv")


def test_same_language_profiles_on_other_subjects_do_not_win(e5):
    # Without sides anyone may match anyone: the raw model tends to put the Chinese tea and bus
    # makers closer to the Chinese PV maker than the English installer (language bias).
    unsided = [{**p, "side": None} for p in PROFILES if p["id"] != "cn-glass"]
    recs = recommend(parse_profiles(document(*unsided)), encoder=e5)
    assert recs["cn-pv"][0].id == "us-solar"
