# ruff: noqa: E501  (the generated phrasing is data)
"""Varied offer and seek clauses, generated for the seek-sentence model (both languages).

Written for this model, with products and partners of no bench or role set: the model should
learn what a want is (a partner sought, a meeting or trip planned, the other country as the
place of the partner) against what a company is (capacity, certification, markets it already
sells to, including the other country), not the wording of any set.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from tradebridge.matchmaking.engine.recommending import roles

ZH_PRODUCTS = ["轴承", "玻璃瓶", "光伏逆变器", "汽车线束", "竹地板", "不锈钢餐具", "户外家具", "电动工具", "宠物用品", "中药饮片",
               "钛白粉", "光纤预制棒", "医用手套", "智能门锁", "LED显示屏", "羽绒服", "保温杯", "农用无人机", "铝型材", "化妆品包材"]  # fmt: skip
ZH_PARTNERS = ["经销商", "进口商", "批发商", "代理商", "零售连锁", "分销商", "制造商", "生产企业", "原料供应商", "代工厂",
               "品牌商", "工程承包商", "安装商", "投资机构", "研发机构", "电商平台", "采购商", "系统集成商", "物流服务商", "设计公司"]  # fmt: skip
EN_PRODUCTS = ["ball bearings", "glass bottles", "solar inverters", "wire harnesses", "bamboo flooring", "stainless cookware",
               "patio furniture", "power tools", "pet supplies", "herbal extracts", "titanium dioxide", "optical fibre",
               "nitrile gloves", "smart locks", "LED displays", "down jackets", "vacuum flasks", "farm drones", "aluminium profiles",
               "cosmetic packaging"]  # fmt: skip
EN_PARTNERS = ["distributor", "importer", "wholesaler", "sales agent", "retail chain", "manufacturer", "producer",
               "raw material supplier", "contract manufacturer", "brand owner", "EPC contractor", "installer", "investor",
               "research lab", "online marketplace", "buyer", "systems integrator", "logistics provider", "design studio", "OEM"]  # fmt: skip
ZH_US = ["美国", "美方", "北美", "美国本土", "美国西海岸", "美国中西部"]
EN_CN = ["Chinese", "China-based", "mainland Chinese", "Chinese"]
ZH_SEEK = [
    "本次来美计划会见{c}{p}", "访美期间将约见几家{c}{p}", "此行拟走访{c}{p}", "准备在{c}选定一家{p}", "争取结识{c}{p}",
    "行程重点：与{c}{p}面谈", "赴美期间希冀结交{c}{p}", "盼能结识一家{c}{p}", "愿同{c}{p}洽谈合作", "期盼与{c}{p}签约",
    "下一步打算与{c}{p}建立供货关系", "拟在{c}发展{p}", "最想认识的是{c}的{p}",
    "计划同{c}{p}商谈{q}合作", "打算物色{c}{p}", "想结交{c}的{p}", "诚盼{c}{p}垂询", "此行想见的是{c}{p}",
    "合作意向：{c}{p}", "此次出访将登门拜访{c}{p}", "本次出访重点对接{c}{p}",
    "期待在{c}找到{q}{p}", "拟与{c}{p}共建销售网络", "考虑与{c}{p}合资建厂", "欲结识{c}{q}{p}", "随团访美，约谈{c}{p}",
    "此行盼与{c}{p}达成{q}采购协议", "正在物色{c}{q}{p}", "争取与{c}{p}建立长期合作", "力争在{c}签下一家{p}",
    "今后打算通过{c}{p}统一采购{q}", "准备经由一家{c}{p}集中进货", "考虑改从{c}{p}直接进{q}", "目前还没有{c}{p}，这次要补上", "出访期间想约{p}面谈", "访问期间安排会见{q}{p}",
]  # fmt: skip
ZH_OFFER = [
    "产品出口{c}和欧洲", "{q}已销往{c}多年", "在{c}设有仓库", "已取得{c}UL认证", "为{c}品牌代工{q}", "{c}客户占销售额三成",
    "在{c}设有子公司", "年产{q}{n}万件", "拥有{n}条自动化产线", "{q}通过FDA注册", "员工{n}人", "成立于{y}年", "总部位于苏州",
    "是国内领先的{q}{p}", "为国内{n}家{p}供货", "主营{q}的研发与生产", "拥有自营进出口权", "产品获CE认证", "客户遍布{c}和东南亚",
    "长期向{p}供应{q}", "年营业额{n}亿元", "国家高新技术企业", "在{c}拥有{n}家门店", "专注{q}{n}年", "{q}产能居行业前列",
    "设有省级研发中心", "已为{c}{p}供货{n}年", "产品远销{c}、日本等{n}个国家", "旗下工厂{n}座", "通过ISO9001认证",
    "在{c}有{n}名销售人员", "经营{q}进口业务", "覆盖全国{n}个省份", "与{c}多家{p}保持长期合作",
    "客户遍布{c}与欧洲", "产品畅销{c}市场", "在{c}设有办事处", "{c}市场占营收四成", "拥有{c}专利{n}项", "{q}在{c}亚马逊销量领先",
    "{c}订单占产能一半", "曾为{c}{p}定制{q}", "是{c}{p}的合格供应商", "在{c}注册了商标",
    # Self-descriptions, bare certificates and figures, calls to action (issue 18, rec18f).
    "我司是{q}{p}，年产{n}万件", "我司为专业{q}生产企业", "公司系{q}{p}", "我们是一家做{q}的{p}", "通过ISO14001认证",
    "年销售额约{n}亿元", "获得欧盟CE认证", "详情请致电销售部", "请联系我司外贸部索取样品", "展位号A{n}，恭候光临",
    "样品可免费寄送", "资质齐全",
]  # fmt: skip
EN_SEEK = [
    "plans to meet {c} {p}s on this trip", "hopes for an introduction to a {c} {p}", "is on the lookout for a {c} {p}",
    "would be glad to meet {c} {p}s", "a {c} {p} is the partner we came for",
    "ready to sign with a {c} {p}", "trip agenda: meet {c} {p}s",
    "we'd like to talk to {c} {p}s", "hunting for a {c} {p}",
    "keen on a {c} {p} of {q}", "our target: a {c} {p}",
    "would like to line up a {c} {p}", "here to meet a {c} {p}", "visiting to find a {c} {p}", "in the market for a {c} {p}",
    "calling on {c} {p}s this week", "aiming to sign a {c} {p} for {q}", "set to meet {c} {p}s in Shanghai",
    "intends to partner with a {c} {p}", "we want a {c} {p} on board", "meeting {c} {p}s next month", "would value a {c} {p} as a partner",
    "eyeing a {c} {p} for {q}", "scouting {c} {p}s", "on the hunt for {c} {p}s", "would love to find a {c} {p} of {q}",
    "expanding into {c} markets through local {p}s", "growing in {c} with {p}s who can stock our {q}",
    "entering {c} through a {p} able to import our {q}", "still without a {c} {p}, which this trip should change", "the one piece missing is a {c} {p}",
]  # fmt: skip
EN_OFFER = [
    "exporting {q} to {c} customers since {y}", "sells to {c} {p}s", "with a sales office in Shanghai", "{q} certified for the {c} market",
    "a {p} of {q} with {n} employees", "founded in {y}", "family owned", "with plants in Ohio and Texas", "shipping {n} containers a month",
    "a leading {p} of {q} in the Midwest", "supplying {p}s across North America", "ISO 9001 certified", "our {q} are sold in {n} countries",
    "{n} years in {q}", "serving {p}s nationwide", "with {n} warehouses", "a {p} of {q} since {y}", "our {c} customers include {n} {p}s",
    "we have sold {q} into {c} markets for a decade", "headquartered in Denver", "revenue of {n} million dollars", "publicly listed",
    "with {n} patents on {q}", "making {q} for {p}s", "the largest {p} of {q} in the Southeast", "employee owned", "we run {n} stores",
    "we import {q} from Asia", "an established {p} with a {c} subsidiary", "distributes {q} through {n} dealers", "our mill runs three shifts",
    "our {q} sell in {c} stores and in Japan", "a supplier to {c} {p}s", "with a joint venture in {c}", "{n} percent of sales to {c} buyers",
    "a partner of {c} {p}s for ten years", "our {q} are made in our {c} plant", "with offices in New York and Shanghai",
    # Self-descriptions, bare certificates and figures, calls to action (issue 18, rec18f).
    "A {q} {p}: {n} tons a year", "An established {p} of {q}: {n} staff", "Summit LLC, a {p} of {q} in Ohio",
    "a family {p} of {q}: two plants", "UL listed", "CE marked", "FDA registered", "annual sales of about {n} million dollars",
    "contact our export desk for samples", "visit our booth {n} at the show", "call our sales office for a quote", "NSF certified",
]  # fmt: skip


def generated(seed: int = 18, count: int = 500) -> list[tuple[str, int]]:
    """(clause or sentence, 1 if seek), half Chinese, half English, both classes balanced."""
    rng = random.Random(seed)
    out: list[tuple[str, int]] = []
    for k in range(count):
        zh = k % 2 == 0
        seek = (k // 2) % 2 == 0
        templates = (ZH_SEEK if seek else ZH_OFFER) if zh else (EN_SEEK if seek else EN_OFFER)
        text = rng.choice(templates).format(
            c=rng.choice(ZH_US if zh else EN_CN), p=rng.choice(ZH_PARTNERS if zh else EN_PARTNERS),
            q=rng.choice(ZH_PRODUCTS if zh else EN_PRODUCTS), n=rng.choice([3, 12, 40, 250, 1200]),
            y=rng.choice([1992, 2004, 2011, 2016]),
        )  # fmt: skip
        if not zh and rng.random() < 0.5:
            text = text[0].upper() + text[1:]
        end = rng.choice(["", "。", "，"] if zh else ["", ".", ","])
        if rng.random() < 0.4:  # a clause after the company's name, as it stands in a sentence
            text = (
                rng.choice(["恒远公司，", "华泰集团，"] if zh else ["Harbor Co., ", "Summit LLC, "])
                + text
            )
        if seek:  # the model only sees sentences without cue words
            text = roles._EN_CUE.sub(" ", roles._ZH_CUE.sub("", text))
        out.append((text + end, int(seek)))
    return out
