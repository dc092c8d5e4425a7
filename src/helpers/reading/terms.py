"""The words of Vietnamese plans and statistics that say what a figure is, and how it counts.

Data, not code: the phrases a statistics office uses for an indicator (and their English
renderings), the words of section headings, and the cues that decide a target's kind and basis.
Nothing here names a city: a concept is tied to a city's target through the target's own name in
its catalog (or the catalog's ``aliases``), see :func:`helpers.reading.extract.phrasebook`.
"""

from __future__ import annotations

# One concept per line: the phrases that name it in reports, Vietnamese and English. A phrase
# found in a target's Vietnamese name ties the concept to that target. Concepts no target uses
# (local budget revenue, imports, retail) are here too, so that a figure named by them is known
# to belong to nothing rather than to the nearest target.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "grdp_growth": ("tăng trưởng grdp", "tốc độ tăng trưởng grdp", "tổng sản phẩm trên địa bàn",
                    "tổng sản phẩm trong tỉnh", "grdp", "tốc độ tăng trưởng kinh tế",
                    "tăng trưởng kinh tế", "gross regional domestic product", "economic growth",
                    "tốc độ tăng trưởng tổng sản phẩm", "tăng trưởng tổng sản phẩm",
                    # the province's growth by its name ("tăng trưởng của tỉnh Hải Dương ước đạt 8,35%")
                    "tăng trưởng của tỉnh", "tăng trưởng của thành phố",
                    # "The province's growth in the first quarter of 2024 reached 10.11%" (not "the province's
                    # growth rates of industry-construction, …, respectively", the sectors')
                    "province's growth in", "province’s growth in", "city's growth in", "city’s growth in",
                    # "The growth rate of total product in the province increased by 6.39%" (tổng sản phẩm)
                    "total product in the province", "growth rate of total product",
                    # "Lao Cai maintained stable economic expansion, with an estimated growth rate of 10.32%"
                    "economic expansion",
                    # "Hanoi’s economy grew 7.92% in the first nine months"
                    "economy grew", "economy grows", "economy expanded", "economy expands",
                    "gdrp",  # "an 8.04% growth in GDRP": a typo some releases print
                    "regional gdp",  # "a 6.22 per cent rise in regional GDP"
                    # (a province's own release that prints "GDP" for its GRDP: "recorded a GDP growth of 8.02
                    # percent in the first six months of this year"; the country's is told as its: "cả nước",
                    # "the country's GDP")
                    "gdp growth", "gross domestic product"),
    # (longer than the product they name: "annual per capita gross regional domestic product (GRDP) of …")
    "grdp_per_capita": ("grdp bình quân đầu người", "bình quân đầu người", "per capita",
                        "per capita gross regional domestic product",
                        "per capital"),  # a typo: "GRDP per capital at 170 million VND"
    # income per head (of households): no GRDP per head
    "income_per_capita": ("thu nhập bình quân đầu người", "thu nhập bình quân", "income per capita",
                          "per capita income", "average income"),
    "industry_construction": ("công nghiệp – xây dựng", "công nghiệp - xây dựng", "công nghiệp-xây dựng",
                              "công nghiệp và xây dựng", "công nghiệp và hoạt động xây dựng",
                              "industry and construction", "industry-construction", "industry - construction",
                              "industrial sector", "industrial and construction",
                              # the statistics office's numbering: I, II, III (and its translations)
                              "khu vực ii", "sector ii", "region ii", "group ii",
                              # the statistics office's abbreviations: "khu vực CN-XD", "khu vực NLTS"
                              "khu vực cn-xd", "cn-xd", "khu vực cn - xd"),
    "services": ("khu vực dịch vụ", "lĩnh vực dịch vụ", "nhóm dịch vụ", "dịch vụ tăng", "dịch vụ ước tăng",
                 "services", "khu vực iii", "dịch vụ giảm", "sector iii", "region iii", "group iii",
                 "service sector", "tertiary sector"),
    "agriculture": ("nông, lâm và thủy sản", "nông, lâm nghiệp và thủy sản", "nông, lâm, thủy sản",
                    "nông - lâm nghiệp - thuỷ sản", "nông-lâm nghiệp - thuỷ sản", "nông lâm thủy sản",
                    "nông, lâm, ngư nghiệp", "nông lâm ngư nghiệp", "nông nghiệp",
                    "nông - lâm nghiệp",  # "khu vực nông – lâm nghiệp đạt mức tăng trưởng 4,39%"
                    "khu vực nông, lâm, thủy",  # "khu vực nông, lâm, thủy tăng 4,8%" ("sản" left out)
                    "agriculture-forestry-seafood", "agricultural sector", "agriculture-forestry-fisheries",
                    "agriculture-forestry-fishery",
                    "agriculture, forestry and fishery", "agriculture, forestry and fisheries",
                    "agro-forestry-fisheries", "agro-forestry-fishery", "agro-forestry and fisheries",
                    "agro-forestry-aquaculture",
                    "agriculture and forestry", "agricultural, forestry and fisheries",
                    "agricultural, forestry and fishery", "khu vực i", "agro-fishery-forestry", "sector i",
                    "region i", "group i", "khu vực nlts", "nlts"),
    "product_taxes": ("thuế sản phẩm trừ trợ cấp", "thuế sản phẩm", "product taxes"),
    "iip": ("chỉ số sản xuất công nghiệp", "chỉ số sản xuất toàn ngành công nghiệp",
            "chỉ số sản xuất ngành công nghiệp",
            "chỉ số phát triển sản xuất", "chỉ số ptsx", "iip", "chỉ số toàn ngành công nghiệp",
            "chỉ số công nghiệp",
            # "Ngành công nghiệp … khi chỉ số sản xuất tăng 22,03%": the index, "công nghiệp" said before
            "chỉ số sản xuất tăng", "chỉ số sản xuất ước tăng",
            "industrial production index", "index of industrial production",
            # "the production index of the entire industrial sector in January 2024 is estimated to …"
            "production index of the entire industrial sector", "production index of the industrial sector",
            "production index of the whole industry"),
    "manufacturing_share": ("tỷ trọng công nghiệp chế biến, chế tạo",),
    "hightech_share": ("công nghiệp công nghệ cao",),
    "budget_revenue": ("thu ngân sách nhà nước", "tổng thu ngân sách", "thu ngân sách", "budget revenue",
                       # "tổng thu cân đối ngân sách nhà nước … trên địa bàn TP. Hồ Chí Minh ước đạt …"
                       "tổng thu cân đối ngân sách", "thu cân đối ngân sách",
                       "budget revenues", "state budget", "budget collection",
                       # ("Thu NSNN ước thực hiện hết tháng 6/2022 đạt 3.256,78 tỷ đồng")
                       "thu nsnn", "thu ngân sách nn"),
    "budget_domestic": ("thu nội địa", "domestic revenue", "domestic collection", "domestic budget revenue",
                        # "The budget comprises 11.27 trillion VND from domestic sources and …"
                        "from domestic sources"),
    "budget_local": ("thu ngân sách địa phương",),
    "budget_trade": ("thu cân đối từ hoạt động xuất nhập khẩu", "thu từ hoạt động xuất nhập khẩu",
                     "thu từ xuất nhập khẩu", "thu xuất nhập khẩu", "thu thuế xuất nhập khẩu",
                     "revenue from export and import", "from export and import", "from foreign trade"),
    # parts of the budget's revenue: a figure named by them is never the total's or the domestic part's
    "budget_land": ("thu tiền sử dụng đất", "tiền sử dụng đất", "land use fees", "land use levy"),
    # a consumer price index's areas: "trong đó, khu vực thành thị giảm 0,2%" is no CPI of the province
    # a part of the visitors: travellers on tours ("khách du lịch theo tour"; not "khách lưu trú", which a
    # province may count as all its visitors: "đón khoảng 9 triệu lượt khách lưu trú")
    "tourists_part": ("khách du lịch theo tour", "khách theo tour"),
    # and its groups of goods: "… chỉ có 01 nhóm giảm là nhóm hàng ăn và dịch vụ ăn uống giảm 1,11%"
    "cpi_group": ("nhóm hàng ăn và dịch vụ ăn uống", "nhóm đồ uống và thuốc lá", "nhóm may mặc",
                  "nhóm nhà ở", "nhóm thiết bị và đồ dùng gia đình", "nhóm thuốc và dịch vụ y tế",
                  "nhóm giao thông", "nhóm bưu chính viễn thông", "nhóm giáo dục", "nhóm văn hóa",
                  "nhóm hàng hóa và dịch vụ khác"),
    "cpi_area": ("khu vực thành thị", "khu vực nông thôn", "urban areas", "rural areas"),
    "budget_oil": ("thu dầu thô", "thu từ dầu thô", "dầu thô", "crude oil"),
    "budget_spending": ("chi ngân sách", "chi thường xuyên", "chi đầu tư phát triển", "budget expenditure",
                        "state budget expenditure", "budget spending", "local budget expenditure"),
    "social_investment": ("tổng vốn đầu tư toàn xã hội", "vốn đầu tư toàn xã hội",
                          "tổng vốn đầu tư phát triển", "vốn đầu tư phát triển",
                          "total investment capital of the society", "total social investment",
                          "social investment capital",
                          "tổng nguồn vốn đầu tư trên địa bàn", "nguồn vốn đầu tư trên địa bàn",
                          "vốn đầu tư thực hiện trên địa bàn", "vốn đầu tư thực hiện toàn xã hội",
                          "total development investment capital", "total development capital",
                          # ("Total investment capital implemented in the area is estimated at 9,744 billion")
                          "investment capital implemented in the area",
                          "social development investment capital", "social development investment",
                          "investment capital for social development",
                          # "with total investment in society approximating 22.1 trillion VND"
                          "total investment in society", "investment in society",
                          # "Meanwhile, social investment in the nine months reached VND351.8 trillion"
                          "social investment"),
    "public_investment": ("vốn đầu tư công", "đầu tư công", "public investment"),  # a part of it
    # a revenue (of tourism, of services, of a firm): no sector's GRDP and no retail total
    "revenue": ("doanh thu", "revenue from", "revenues from",
                # "… tourists, generating an annual revenue increase of over 20 percent for the local tourism
                # sector"
                "revenue increase"),
    # the gross output (production value) of the economy or a sector: no GRDP and no sector's GRDP
    "production_value": ("giá trị sản xuất", "tổng giá trị sản xuất", "production value",
                         # (longer than the sector's name: "agro-forestry-fishery production nearly 21.8 …")
                         "agro-forestry-fishery production", "agro-forestry-fisheries production",
                         "agricultural production", "industrial production value",
                         "total production value",
                         # a sector's production value is none of its GRDP ("Giá trị sản xuất nông nghiệp
                         # ước đạt 8.585,0 tỷ đồng, tăng 1,7%")
                         "giá trị sản xuất nông nghiệp", "giá trị sản xuất công nghiệp",
                         "giá trị sản xuất ngành nông nghiệp", "giá trị sản xuất ngành công nghiệp",
                         "giá trị sản xuất nông, lâm nghiệp và thủy sản",
                         "giá trị sản xuất nông, lâm, thủy sản", "giá trị sản xuất lâm nghiệp",
                         "giá trị sản xuất thủy sản", "giá trị sản xuất xây dựng",
                         "giá trị sản xuất dịch vụ",
                         # (longer than the sectors' names they end with: "Giá trị sản xuất công nghiệp, xây
                         # dựng tăng 10,0%", "Giá trị sản xuất dịch vụ tăng 7,4%")
                         "giá trị sản xuất công nghiệp - xây dựng",
                         "giá trị sản xuất công nghiệp - xây dựng tăng",
                         "giá trị sản xuất dịch vụ tăng",
                         "giá trị sản xuất dịch vụ ước tăng", "giá trị sản xuất dịch vụ giảm"),
    # another index than the industry's production: "Chỉ số sử dụng lao động trong các doanh nghiệp …"
    "employment_index": ("chỉ số sử dụng lao động", "employment index", "labour use index"),
    # investment of Vietnamese firms (registered): neither FDI nor the investment carried out
    "domestic_investment": ("thu hút đầu tư trong nước", "đầu tư trong nước", "vốn đầu tư trong nước",
                            "domestic investment"),
    "exports": ("kim ngạch xuất khẩu", "giá trị xuất khẩu", "xuất khẩu", "export turnover", "exports",
                # longer than the "services" they end with
                "export turnover of goods and services", "exports of goods and services",
                "xuất khẩu hàng hóa và dịch vụ", "export value", "total export value", "exported",
                # "The province also shipped 279.8 million USD worth of goods overseas"
                "worth of goods overseas", "worth of goods abroad",
                # "Giá trị xuất khẩu hàng hóa và doanh thu ngoại tệ đạt 5 tỷ 508 triệu USD" (not a revenue)
                "xuất khẩu hàng hóa và doanh thu ngoại tệ", "xuất khẩu và doanh thu ngoại tệ",
                "export turnover and foreign currency revenue",
                # "Merchandise export is estimated at …" (not "processing for export")
                "merchandise export", "merchandise exports", "export is", "export was", "export reached",
                "export revenue", "export revenues",  # (the English pages' "kim ngạch xuất khẩu")
                "export valued at",  # "Its export valued at 35.2 billion USD, up 4.1% …"
                # "with over 38.9 billion USD worth of goods shipped abroad in 2020"
                "worth of goods shipped abroad", "goods shipped abroad"),
    "imports": ("kim ngạch nhập khẩu", "nhập khẩu", "import turnover", "imports", "import value",
                "imported", "merchandise import", "merchandise imports", "import is", "import was",
                "import reached", "import revenue", "import revenues"),
    # exports and imports together: neither the one nor the other
    "trade_total": ("kim ngạch xuất nhập khẩu", "tổng kim ngạch xuất nhập khẩu", "xuất nhập khẩu",
                    "xuất, nhập khẩu", "kim ngạch xuất, nhập khẩu", "exports and imports",
                    "import-export", "export-import", "trade turnover", "import and export",
                    "export and import", "import and export turnover", "export and import turnover",
                    # (longer than the "export revenue" they end with)
                    "import-export revenue", "export-import revenue", "import and export revenue",
                    "imports and exports", "value of imports and exports",
                    # (longer than the "export turnover" they end with: "Total import-export turnover … 900
                    # million USD")
                    "import-export turnover", "export-import turnover",
                    # ("Total import and export value was US$17.5 million")
                    "import and export value", "export and import value"),
    "port_cargo": ("sản lượng hàng hóa thông qua cảng", "sản lượng hàng hoá thông qua cảng",
                   "hàng hóa thông qua cảng", "hàng hoá thông qua cảng", "sản lượng hàng hóa qua cảng",
                   "hàng hóa qua cảng", "hàng qua cảng", "cargo throughput", "cargo through"),
    # (longer than the "services" they end with: "The value of port services jumped by 9.6 per cent")
    # a branch of the services, longer than the "services" it ends with: "accommodation and catering services
    # 31.03%" is none of the sector's
    "accommodation_catering": ("accommodation and catering services", "accommodation and food services",
                               "accommodation and catering", "dịch vụ lưu trú và ăn uống",
                               "dịch vụ lưu trú, ăn uống", "lưu trú và ăn uống", "lưu trú, ăn uống",
                               # each branch alone: "the accommodation sector expects revenue of some
                               # 43 million USD in July while catering services anticipates nearly 50
                               # million USD"
                               "accommodation sector", "catering services", "catering sector",
                               "accommodation and dining"),
    # more branches, no sector: "travel services increased by 63.3% and other services increased by 7.2%"
    "travel_services": ("travel services", "dịch vụ lữ hành", "doanh thu lữ hành"),
    "other_services": ("other services", "dịch vụ khác"),
    # ("ngành dịch vụ lưu trú ăn uống tăng 13,95% do khách du lịch …, ngành thương mại tăng 12,75%")
    "trade_branch": ("ngành thương mại",),
    # a part of the visitors: those who stayed the night ("Tourists staying at local accommodation providers
    # stood at nearly 782,000")
    "accommodation_guests": ("tourists staying at", "visitors staying at", "guests staying at"),
    "port_revenue": ("doanh thu cảng biển", "port services", "port service",
                     "value of port services"),
    "tourists": ("khách du lịch", "lượt khách", "tourists", "tourist arrivals", "visitors"),
    # parts of the visitors: never the total's
    "international_tourists": ("khách quốc tế", "khách du lịch quốc tế", "international visitors",
                               "foreign visitors", "international tourists", "foreign tourists"),
    "domestic_tourists": ("khách nội địa", "khách du lịch nội địa", "khách trong nước",
                          "domestic visitors", "domestic tourists"),
    # wholesale and retail together, no retail total: "Ước doanh thu bán buôn, bán lẻ hàng hóa, dịch vụ lũy kế
    # 10 tháng ước đạt 191.975 tỷ đồng"
    "wholesale": ("doanh thu bán buôn, bán lẻ hàng hóa", "doanh thu bán buôn, bán lẻ", "doanh thu bán buôn",
                  "bán buôn, bán lẻ hàng hóa", "bán buôn và bán lẻ hàng hóa", "bán buôn, bán lẻ",
                  "bán buôn và bán lẻ",
                  "wholesale and retail", "wholesale"),
    "retail": ("tổng mức bán lẻ", "bán lẻ hàng hóa", "doanh thu bán lẻ", "retail sales",
               "revenues from retails and services", "revenue from retail and services",
               "revenue from retail and service activities",
               "retail sales of goods and services", "total retail sales of goods and services",
               "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
               "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
               "bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
               "retail and services", "retails and services", "retail sales and consumer service revenue",
               "retail and consumer service revenue",
               "retail sales of consumer goods and services",
               "total retail sales of consumer goods and services",
               "retail sales of goods and service revenue", "retail sales and consumer services revenue",
               # "tổng mức bán lẻ và doanh thu dịch vụ 9 tháng ước đạt …" (not a revenue)
               "tổng mức bán lẻ và doanh thu dịch vụ", "tổng mức bán lẻ hàng hóa, doanh thu dịch vụ",
               "bán lẻ hàng hóa và doanh thu dịch vụ xã hội", "tổng mức lưu chuyển bán lẻ hàng hóa",
               "total retail sales of goods and service revenue",
               # "Total retail sales of goods and social consumer services are estimated at 21,000 billion",
               # "Total retail sales of goods and accumulated services during the first haft months …"
               "retail sales of goods and social consumer services",
               "retail sales of goods and accumulated services",
               # "a total retail sale of goods and consumer service revenue of more than VND70,390 billion"
               "retail sale of goods and consumer service revenue",
               "retail sales of goods and consumer service revenue",
               # "total retail sales of goods and consumer services approximated $6.57 billion", "Total
               # retailed sales of goods and services in May 2020 were estimated at 6,786.2 billion VND"
               # (longer than the services they end with)
               "retail sales of goods and consumer services",
               # "total retail sale of goods and services reached billion 28,207 VND"
               "retail sale of goods and services", "total retail sale of goods and services",
               "total retail sales of goods and consumer services", "retailed sales",
               "retailed sales of goods and services", "total retailed sales of goods and services",
               # (longer than the services' "dịch vụ giảm" they end with: "tổng mức bán lẻ hàng hóa và
               # doanh thu dịch vụ giảm 30,46%")
               *(f"{whole} {verb}" for whole in ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
                                                 "tổng mức bán lẻ và doanh thu dịch vụ")
                 for verb in ("tăng", "giảm", "ước tăng", "ước giảm"))),
    "tfp": ("năng suất các yếu tố tổng hợp", "tfp"),
    "fdi": ("vốn đầu tư trực tiếp nước ngoài", "đầu tư trực tiếp nước ngoài",
            "đầu tư trực tiếp từ nước ngoài", "vốn đầu tư fdi", "đầu tư nước ngoài", "fdi",
            "foreign direct investment", "foreign investment"),
    # the firms FDI made (their revenue, their taxes), and investment of others with FDI's: not FDI
    # attracted
    "fdi_firms": ("doanh nghiệp có vốn đầu tư nước ngoài", "khu vực có vốn đầu tư nước ngoài",
                  "doanh nghiệp fdi", "khu vực fdi", "foreign-invested enterprises",
                  "foreign-invested sector", "fdi enterprises", "fdi sector"),
    "investment_with_fdi": ("ngoài nhà nước và fdi", "ngoài nhà nước và đầu tư nước ngoài",
                            "ngoài nhà nước và khu vực có vốn đầu tư nước ngoài"),
    "unemployment": ("tỷ lệ thất nghiệp", "thất nghiệp", "unemployment"),
    "jobs": ("giải quyết việc làm", "tạo việc làm", "việc làm mới", "jobs"),
    "trained_labour": ("lao động qua đào tạo", "lao động được đào tạo"),
    "poverty": ("tỷ lệ hộ nghèo", "hộ nghèo", "poor households"),
    "health_insurance": ("bảo hiểm y tế", "bhyt", "health insurance"),
    "cpi": ("chỉ số giá tiêu dùng", "cpi", "consumer price index"),
}

# Words that mark a figure as something other than a level or a growth rate of its subject.
PLAN_SHARE = ("kế hoạch", "dự toán", "plan")  # "bằng 83,13% kế hoạch": the city's own % of plan
MONTH_ON_MONTH = ("so với tháng trước", "so tháng trước", "over the previous month")
SAME_PERIOD_INDEX = ("bằng", "equivalent to")  # "bằng 120,6% so với cùng kỳ": an index, not growth
GROWTH_VERBS = ("tăng", "mức tăng", "tăng trưởng", "increase", "increased", "up", "grew", "growth")
DECLINE_VERBS = ("giảm", "decrease", "down", "fell")

# Section headings of a resolution's list of targets, and the group each stands for.
GROUP_HEADINGS = (
    ("xây dựng đảng", "party"),
    ("quốc phòng", "defence"),
    ("an ninh", "defence"),
    ("môi trường", "environment"),
    ("xã hội", "social"),
    ("văn hóa", "social"),
    ("kinh tế", "economic"),
)
# Groups a draft may add to the defaults (economic, social, environment, party), with labels.
EXTRA_GROUPS = {"defence": {"vi": "Quốc phòng – an ninh", "en": "Defence and security"}}

# Lower is better: a target for these is a ceiling even when the text says "ở mức 3,77%".
LOWER_IS_BETTER = ("thất nghiệp", "hộ nghèo", "hộ cận nghèo", "suy dinh dưỡng", "tử vong", "tai nạn",
                   "lạm phát", "ô nhiễm", "sinh con thứ 3", "tội phạm", "mất cân bằng giới tính",
                   "tăng dân số tự nhiên")
# The basis of a target, from the words around its number.
MILESTONE_CUES = ("hoàn thành", "kết thúc")
SHARE_CUES = ("tỷ lệ", "tỷ trọng", "chiếm", "cơ cấu", "tỉ lệ", "tỉ trọng")
PER_CAPITA_CUES = ("bình quân đầu người", "/người", "thu nhập bình quân", "per capita")

# The provinces and centrally run cities (the 63 before the merger of July 2025, whose names the
# 34 after it keep), as the press writes them. A figure that follows another place's name in its
# sentence is that place's, never the catalog city's (:mod:`helpers.reading.extract`).
PLACES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "TP. Hồ Chí Minh", "TP.HCM", "TP. HCM",
    "TPHCM", "TP HCM", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    "Hanoi", "Ho Chi Minh City", "HCM City",
)
# one place's names, as reports write them: a city named by one is named by all
SAME_PLACE = (
    ("TP. Hồ Chí Minh", "TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "Hồ Chí Minh", "Ho Chi Minh City", "HCM City",
     "Hồ Chí Minh City", "Thành phố Hồ Chí Minh"),
)
# Other countries a report compares the province with ("… tương đương với Thái Lan (khoảng 7.200 USD, theo dữ
# liệu của IMF)"): a figure after one is that country's, too (not "Lào": "Lao Động" is a newspaper)
COUNTRIES: tuple[str, ...] = (
    "Thái Lan", "Malaysia", "Singapore", "Indonesia", "Philippines", "Hàn Quốc", "Nhật Bản", "Trung Quốc",
    "Campuchia", "Thailand", "Cambodia", "China", "Japan", "South Korea",
)
