<SUBMISSION>
<ACCESSION-NUMBER>0000732715-99-000042
<TYPE>10-Q
<PUBLIC-DOCUMENT-COUNT>3
<PERIOD>19990630
<FILING-DATE>19990803
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>INDIANA BELL TELEPHONE CO INC
<CIK>0000050178
<ASSIGNED-SIC>4813
<IRS-NUMBER>350407820
<STATE-OF-INCORPORATION>IN
<FISCAL-YEAR-END>1231
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>10-Q
<ACT>34
<FILE-NUMBER>001-06746
<FILM-NUMBER>99676671
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>240 N MERIDAN ST
<CITY>INDIANAPOLIS
<STATE>IN
<ZIP>46204
<PHONE>8002570902
</BUSINESS-ADDRESS>
<MAIL-ADDRESS>
<STREET1>240 N MERIDIAN ST
<CITY>INDIANAPOLIS
<STATE>IN
<ZIP>46204
</MAIL-ADDRESS>
</FILER>
<DOCUMENT>
<TYPE>10-Q
<SEQUENCE>1
<TEXT>

<PAGE>cover
---------------------------------------------------------------------

U.S. Securities and Exchange Commission
Washington, D.C. 20549
-------------------------------------------

                                Form  10-Q

(Mark one)

-------------------------------------------
[x]  Quarterly Report Under Section 13 or 15(d)
of the Securities Exchange Act of 1934
For the quarterly period ended June 30, 1999
-------------------------------------------

or
-------------------------------------------

[  ]  Transition Report Under Section 13 or 15(d)
of the Securities Exchange Act of 1934
For the transition period from     to
-------------------------------------------

Commission File Number 1-6746

               Indiana Bell Telephone Company, Incorporated



                                           -----------------------------
                                           An Indiana Corporation
                                           -----------------------------
                                           240 North Meridian Street
                                           Indianapolis, Indiana  46204
                                           -----------------------------
                                           I.R.S. Employer Identification
                                           Number 35-0407820

                                           Telephone number   (800) 257-0902


INDIANA BELL IS A WHOLLY OWNED SUBSIDIARY OF AMERITECH CORPORATION AND
MEETS THE CONDITIONS IN GENERAL INSTRUCTION H(1)(a) AND (b) OF FORM 10-Q.
WE ARE FILING THIS FORM WITH REDUCED DISCLOSURE FORMAT UNDER GENERAL
INSTRUCTION H(2).


We have filed all reports required to be filed by Section 13 or 15 (d) of
the Securities Exchange Act of 1934 during the preceding 12 months, and
have been subject to those filing requirements for the past 90 days.


Yes     X   No
      ----     ----

At July 31, 1999, 13,490,876 common shares were outstanding.


<PAGE>i
                             TABLE OF CONTENTS

                                  PART I
                           FINANCIAL INFORMATION

ITEM                                                             Page
----                                                             ----

 1.    Financial Statements
         Condensed Statements of Income and
            Reinvested Earnings for
            the three and six months ended
            June 30, 1999 and 1998                                 1


       Condensed Balance Sheets as of
          June 30, 1999 and December 31, 1998                     2-3


       Condensed Statements of Cash Flows for
          the six months ended June 30, 1999 and 1998              4


       Notes to Condensed Financial Statements                    5-8


 2.    Management's Discussion and Analysis
       of Results of Operations                                  9-22



                                  PART II
                             OTHER INFORMATION


 6.  Exhibits and Reports on Form 8-K                              23

     Glossary                                                    25-26



                                     i


<PAGE>1

                        Item 1 - Financial Statements
                        -----------------------------
           CONDENSED STATEMENTS OF INCOME AND REINVESTED EARNINGS
                            (Dollars in Millions)
                                 (Unaudited)

                                   Three Months Ended    Six Months Ended
                                         June 30              June 30
                                    ---------------       ---------------
                                    1999       1998       1999       1998
                                    ----       ----       ----       ----

Revenues
  Local service................. $   197.7  $   180.5  $   386.8  $   355.7
  Interstate network access.....      75.0       69.0      146.3      136.9
  Intrastate network access.....      18.6       19.1       36.3       38.0
  Long-distance service.........      32.3       33.7       68.1       67.7
  Other.........................      37.7       37.6       70.4       72.4
                                 ---------  ---------  ---------  ---------
                                     361.3      339.9      707.9      670.7
                                 ---------  ---------  ---------  ---------
Operating expenses
  Employee-related expenses.....      58.4       56.7      114.8      112.0
  Depreciation and amortization.      56.0       51.9      111.0      103.5
  Other operating expenses......     104.8      105.0      207.1      196.7
  Taxes other than income taxes.      12.4       12.6       24.8       25.2
                                 ---------  ---------  ---------  ---------
                                     231.6      226.2      457.7      437.4
                                 ---------  ---------  ---------  ---------
Operating income................     129.7      113.7      250.2      233.3
Interest expense................       4.0        4.3        8.0        8.6
Other income, net...............       1.5        1.2        2.9        2.0
                                 ---------  ---------  ---------  ---------
Income before income taxes......     127.2      110.6      245.1      226.7
Income taxes....................      50.1       43.6       96.7       89.4
                                 ---------  ---------  ---------  ---------
Net income......................      77.1       67.0      148.4      137.3

Reinvested earnings,
  beginning of period...........     133.8      117.6      129.3      110.9
    Less, dividends declared....      68.2       63.1      135.0      126.7
                                 ---------  ---------  ---------  ---------
Reinvested earnings,
  end of period................. $   142.7  $   121.5  $   142.7   $  121.5
                                 =========  =========  =========  =========
















See Notes to Condensed Financial Statements.


                                   Page 1



<PAGE>2

                          CONDENSED BALANCE SHEETS
                            (Dollars in Millions)

                                            June 30, 1999 Dec. 31, 1998
                                           -------------- -------------
                                             (Unaudited)  (Derived from
                                                             Audited
                                                            Financial
                                                           Statements)
ASSETS

Current assets
 Cash and temporary cash investments.........  $     2.4     $     0.8
 Investment in Ameritech funding pool........       51.8          --
 Receivables, net
   Customers.................................      210.2         213.8
   Other.....................................        9.3           8.4
 Material and supplies.......................       10.7          11.5
 Prepaid and other...........................       15.8          13.4
                                               ---------     ---------
                                                   300.2         247.9
                                               ---------     ---------
Property, plant and equipment................    3,512.6       3,435.6
Less, accumulated depreciation...............    2,332.8       2,248.9
                                               ---------     ---------
                                                 1,179.8       1,186.7
                                               ---------     ---------
Investments, primarily in affiliates.........       43.1          46.6
Other assets and deferred charges............      150.2         147.6
                                               ---------     ---------
Total assets.................................  $ 1,673.3     $ 1,628.8
                                               =========     =========



























See Notes to Condensed Financial Statements.

                                   Page 2



<PAGE>3

                    CONDENSED BALANCE SHEETS (continued)
                            (Dollars in Millions)

                                            June 30, 1999 Dec. 31, 1998
                                           -------------- -------------
                                             (Unaudited)  (Derived from
                                                             Audited
                                                            Financial
                                                           Statements)
LIABILITIES AND SHAREOWNER'S EQUITY

Current liabilities
 Debt maturing within one year
  Ameritech.................................   $    --       $    15.5
 Accounts payable
  Ameritech Services, Inc. (ASI)............        44.1          34.5
  Ameritech and affiliates..................        22.0          22.8
  Other.....................................        85.7          71.6
 Other current liabilities..................       145.6         136.9
                                               ---------     ---------
                                                   297.4         281.3
                                               ---------     ---------
Long-term debt..............................       233.9         233.9
                                               ---------     ---------
Deferred credits and other long-term liabilities
 Accumulated deferred income taxes..........        89.2          81.7
 Unamortized investment tax credits.........        11.4          12.5
 Postretirement benefits
   other than pensions......................       244.1         245.7
 Long-term payable to ASI...................         6.0           6.6
 Other .....................................        33.0          32.2
                                               ---------     ---------
                                                   383.7         378.7
                                               ---------     ---------
Shareowner's equity
 Common shares - ($40 par value;
   15,000,000 shares authorized;
   13,490,876 issued and outstanding).......       539.6         539.6
 Proceeds in excess of par value............        76.0          66.0
 Reinvested earnings........................       142.7         129.3
                                               ---------     ---------
                                                   758.3         734.9
                                               ---------     ---------
Total liabilities and shareowner's equity...   $ 1,673.3     $ 1,628.8
                                               =========     =========


See Notes to Condensed Financial Statements.


                                   Page 3



<PAGE>4

                     CONDENSED STATEMENTS OF CASH FLOWS
                            (Dollars in Millions)
                                 (Unaudited)

                                                    Six Months Ended
                                                        June 30
                                                     -------------
                                                   1999         1998
                                                   ----         ----
CASH FLOWS FROM OPERATING ACTIVITIES:
Net income....................................   $  148.4     $  137.3
 Adjustments to net income
  Depreciation and amortization...............      111.0        103.5
  Deferred income taxes, net..................        2.9          1.6
  Investment tax credits, net.................       (1.1)        (1.4)
  Capitalized interest........................       (0.4)        (0.4)
  Change in accounts receivable, net..........        2.7         11.2
  Change in material and supplies.............       (1.3)        (8.9)
  Change in certain other current assets......       (0.9)        (1.4)
  Change in accounts payable..................       22.9         16.5
  Change in certain other current
   liabilities................................       11.4         11.5
  Change in certain other noncurrent
   assets and liabilities.....................        5.5        (22.1)
  Other operating activities, net.............        3.3          2.3
                                                 --------     --------
Net cash from operating activities............      304.4        249.7
                                                 --------     --------
CASH FLOWS FROM INVESTING ACTIVITIES:
Capital expenditures..........................     (102.3)       (86.5)
Proceeds from disposals of
 property, plant and equipment................        1.1          0.9
Other investing activities, net...............        0.7          0.5
                                                 --------     --------
Net cash from investing activities............     (100.5)       (85.1)
                                                 --------     --------
CASH FLOWS FROM FINANCING ACTIVITIES:
Intercompany financing, net...................      (15.5)       (37.7)
Dividend payments.............................     (135.0)      (126.8)
                                                 --------     --------
Net cash from financing activities............     (150.5)      (164.5)
                                                 --------     --------
Net change in cash and
 temporary cash investments...................       53.4          0.1
Cash and temporary cash investments,
 beginning of period..........................        0.8          0.1
                                                 --------     --------
Cash and temporary cash investments,
 end of period................................   $   54.2     $    0.2
                                                 ========     ========


See Notes to Condensed Financial Statements.

                                   Page 4


<PAGE>5

               NOTES TO CONDENSED FINANCIAL STATEMENTS
                        (Dollars in Millions)

                            JUNE 30, 1999


NOTE 1:  Preparation of Interim Financial Statements

We have prepared the unaudited condensed financial statements in this
report by following Securities and Exchange Commission rules that
permit reduced disclosure for quarterly period reports.  These
financial statements include estimates and assumptions that affect
the reported amounts of assets and liabilities and the amounts of
revenues and expenses.  Actual amounts could differ from those
estimates.  We believe these statements include all adjustments
necessary for a fair statement of results for each period shown.  We
believe our disclosures are adequate to make the presented
information clear.  You should read these financial statements in
conjunction with the financial statements and notes included in our
1998 Annual Report on Form 10-K and the quarterly report on Form 10-Q
previously filed in 1999.

When reading these financial statements, you should be familiar with
the terminology unique to our business.  We have defined a number of
terms in the glossary on pages 25 and 26.


Note 2:  Proposed Merger with SBC Communications Inc.

On May 11, 1998, Ameritech and SBC Communications Inc. (SBC) jointly
announced their signing of a definitive merger agreement (Merger
Agreement).  The Merger Agreement provides that a wholly owned
subsidiary of SBC will be merged into Ameritech (the Merger) and
Ameritech will become a wholly owned subsidiary of SBC.  The Merger
is intended to be accounted for as a pooling of interests and to be a
tax-free reorganization.  In the Merger, each share of Ameritech
common stock (other than shares owned by Ameritech, SBC or their
respective subsidiaries) will be converted into and exchanged for
1.316 shares of SBC common stock.

The Merger has been approved by the Board of Directors and the
shareowners of each company, but remains subject to various
regulatory approvals, as discussed below.  More detailed information
relating to the terms and conditions of the Merger is contained in
the Joint Proxy Statement/Prospectus of Ameritech and SBC dated
October 15, 1998.

Federal regulatory approvals
----------------------------

On March 23, 1999, the Department of Justice negotiated and agreed to
a consent decree with Ameritech and SBC that would provide a basis
for Department of Justice clearance of both the Merger and SBC's
proposed acquisition of Comcast Cellular Corporation.  The consent
decree requires the parties to divest certain overlapping cellular
properties in 17 markets in Illinois, Indiana and Missouri,
including, as previously undertaken by Ameritech and SBC, those in
Chicago and St. Louis.
On April 5, 1999, Ameritech announced an agreement to sell 20
Midwestern cellular properties for $3.27 billion in cash to a venture
of GTE Corporation and Georgetown Partners, effectively meeting U.S.
Department of Justice conditions for approval of the SBC-Ameritech
Merger.  The sale, which is contingent on the closing of the Merger,
eliminates the overlapping cellular properties that would result from
the Merger.  The venture, led by GTE and including Georgetown
Partners, will acquire Ameritech's cellular properties in Chicago,
St. Louis and surrounding areas of Illinois, northwestern Indiana and
Missouri.  These properties include a population


                               Page 5

<PAGE>6

               NOTES TO CONDENSED FINANCIAL STATEMENTS
                        (Dollars in Millions)

                            June 30, 1999


Note 2:  Proposed Merger with SBC Communications Inc. (cont'd.)

Federal regulatory approvals (cont'd.)
--------------------------------------

of 11.4 million and serve nearly 1.5 million cellular customers.
Approximately 1,500 of Ameritech's cellular employees have been
selected to transfer to GTE upon completion of the sale.

The required 60-day comment period on the proposed consent decree
ended on June 28, 1999.  No comments were received.  The Department
of Justice has informed the U.S. District Court in Washington, D.C.
that the proposed consent decree is now ready for court approval and
entry.

On June 29, 1999, the FCC staff announced a comprehensive set of
proposed Merger conditions negotiated with Ameritech and SBC.  The
FCC staff has indicated that they expect to recommend to the
Commission that the Merger be approved with the proposed conditions,
subject to receipt of any comments from the public.  The proposed
conditions were released for public comment and more than 50 comments
were filed by the July 19th deadline.  A joint Ameritech/SBC reply
and some additional public comments were filed on July 26, 1999.



Some of the more significant Merger conditions negotiated with the
FCC include:
- a 6-month acceleration of the combined (Ameritech and SBC)
  facilities-based entry into 30 out-of-region local markets with
  potential to pay $40 million for each failure to enter any of these
  markets;
- common operational support systems across all 13 states served by
  the combined Ameritech and SBC, providing competitors uniformity in
  ordering, provisioning service and billing their customers (as well
  as related training for small competitors);
- large discounts for resold local service and unbundled loops (and
  the provision of the unbundled network element platform) to
  encourage competition in the residential market;
- stringent performance monitoring, reporting and enforcement
  measures with the potential for $1 billion in payments if
  performance measures are not met;
- implementation of advanced services such as ADSL, through a
  separate subsidiary, with broad availability to include rural and
  low-income urban customers;
- waiver of minimum monthly charges for 3 years when Ameritech is
  allowed to provide interLATA long-distance service;
- extension of a program to provide financial assistance to low-
  income customers in all 13 states; and
- adoption and implementation of "shared transport" as currently
  offered by SBC.


                               Page 6

<PAGE>7

               NOTES TO CONDENSED FINANCIAL STATEMENTS
                        (Dollars in Millions)

                            June 30, 1999


Note 2:  Proposed Merger with SBC Communications Inc. (cont'd.)

State regulatory approvals
--------------------------

On April 8, 1999, the Public Utilities Commission of Ohio (PUCO)
approved the Merger based on a settlement agreement between the PUCO
staff, Ameritech, SBC, the Ohio Consumers' Counsel and certain
consumer groups and new competitors of Ameritech in Ohio.  The
settlement, among other things, guarantees certain workforce levels
in Ohio for two years, extends the Advantage Ohio price cap plan for
basic residential phone rates, provides for certain discounts for
resold local residential service and residential unbundled local
loops to foster residential competition, sets various competitive and
service quality benchmarks (and establishes monetary penalties if
those benchmarks are not met), and provides financing for consumer
education and community technology funds.  A group of Merger
opponents filed a motion for a rehearing with the PUCO, but the PUCO
denied the motion on June 2, 1999.

On April 26, 1999, the hearing examiners of the Illinois Commerce
Commission (ICC) issued a revised proposed order approving the Merger
subject to certain conditions.  However, upon review by the ICC, the
commissioners had further questions.  In response, Ameritech and SBC
amended the joint application to provide additional information, and
the record was reopened to consider it.  Three days of additional
hearings were held on July 13-15, 1999.  Ameritech expects that the
matter will be referred to the ICC in August for a decision.  Under
Illinois law, the ICC must render a decision in September 1999.

On May 5, 1999, the Indiana Utility Regulatory Commission (IURC)
issued an order asserting that the Merger is subject to IURC approval
under state law.  We disagreed with the IURC's assertion of authority
to approve the Merger and appealed to the Indiana Supreme Court this
assertion of authority by the IURC.  On July 30, 1999, the Indiana
Supreme Court issued an opinion finding that the IURC did not have
jurisdiction over the Merger and vacated the IURC's May 5th order.

The Public Utilities Commission of Nevada (PUCN) issued an order on
July 29, 1999, requiring SBC to "show cause" why the PUCN does not
have jurisdiction to approve the Merger.


Note 3:  Pay Phone Per Call Compensation

In February 1999, the FCC ruled on remand from the D.C. Circuit Court
that the rate interexchange carriers are to pay us for their
customers' "dial-around" access or toll-free calls originating on our
pay phones be decreased from $0.284 per call to $0.24 per call
commencing on the April 1999 effective date of the order.  The FCC
also directed that a reduced rate of $0.238 per call be applied
retroactively for the period from October 7, 1997 through the
effective date of the FCC order.  Based on the February 1999 FCC
ruling, which is under appeal, in the first quarter of 1999 our pay
phone revenues were reduced by approximately $3.1 million to reflect
the impact of all of these retroactive reductions.


                               Page 7

<PAGE>8

               NOTES TO CONDENSED FINANCIAL STATEMENTS
                        (Dollars in Millions)

                            June 30, 1999


Note 4:  Segment Information

Indiana Bell is a wholly owned subsidiary of Ameritech Corporation.
Ameritech has organized its operations using customer-focused
business units.  Ameritech's management reviews operating results and
allocates resources based on this structure.  These business units
aggregate to three reportable segments for Ameritech as a
consolidated entity: communications; information and entertainment;
and international.  The operations of Indiana Bell are included in
the results of several business units, and accordingly, Indiana Bell
is not managed as a separate entity.  However, all of the business
units that include the results of Indiana Bell are reflected in
Ameritech's communications segment.  Indiana Bell therefore has
operations in only one reportable segment: communications.  We derive
revenues from local service, network access, long-distance service
and other miscellaneous products and services.  Revenues derived from
each of these services are shown in separate captions on the income
statements on page 1.


Note 5:  Accounting for Software Costs

We implemented a new accounting requirement, Statement of Position
(SOP) 98-1, "Accounting for the Costs of Computer Software Developed
or Obtained for Internal Use," effective January 1, 1999.  This SOP,
issued by the American Institute of Certified Public Accountants
(AICPA) in March 1998, provides authoritative guidance for the
capitalization of certain costs related to computer software
developed or obtained for our internal applications.

Since the implementation of the SOP on January 1, 1999, Ameritech and
all of its subsidiaries decreased operating expenses in the first six
months of 1999 by $61.0 million, including $0.9 million for Indiana
Bell.  Ameritech currently anticipates an annual net operating
expense reduction of $200 million for all of 1999.  We have
historically expensed most computer software costs as incurred and
will be required to continue to expense all Year 2000 modification
costs as incurred.  We are amortizing most capitalized software over
five years.

                               Page 8


<PAGE>9

            Item 2 - Management's Discussion and Analysis
                      of Results of Operations


The following is a discussion and analysis of the changes in
revenues, operating expenses and other income and expenses for the
first six months of 1999 as compared with the first six months of
1998.

RESULTS OF OPERATIONS
---------------------
Revenues
--------

Our revenues in the first six months of 1999 were $707.9 million and
were $670.7 million for the same period in 1998, an increase of $37.2
million.  Growth in sales of call management services and demand for
data services and access lines, as well as increases in switched
minutes of use resulting from higher network usage volumes, were the
primary reasons for the increase.  Net rate reductions resulting
primarily from annual access charge reductions, partially offset
these increases.

---------------------------------------------------------------------
Local service
-------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $  386.8   $  355.7    $  31.1      8.7

Local service revenues include basic monthly service fees and usage
charges, fees for call management services, installation and
connection charges, certain data services and most public phone
revenues.  Local service revenues increased for the six months ended
June 30, 1999 due largely to increased sales of call management
services and additional lines resulting from the proliferation of fax
machines, Internet usage and computer connections.  Access line
growth of 2.8% over the comparable prior year period, as well as rate
increases, also contributed to the increase.

There were 2,270,000 access lines in service as of June 30, 1999
compared with 2,209,000 as of June 30, 1998.

---------------------------------------------------------------------
Network access
--------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------

Interstate
----------
Six Months Ended             $  146.3   $  136.9    $   9.4      6.9

Intrastate
----------
Six Months Ended             $   36.3   $   38.0    $  (1.7)    (4.5)

Network access revenues are fees charged to interexchange carriers
that use our local landline communications network to connect
customers to their long-distance networks.  In addition, end users
pay flat rate access fees to connect to the long-distance network.
These revenues result from both interstate and intrastate services.


                               Page 9


<PAGE>10

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)

Network access (cont'd.)
------------------------

Interstate network access revenues increased for the six months ended
June 30, 1999 due primarily to an increase in network minutes of use,
resulting from overall growth in the volume of calls handled for
interexchange carriers, and greater demand for dedicated services by
Internet service providers and other high-capacity users.  Rate
reductions, resulting primarily from the FCC annual access charge
filing effective July 1, 1998, partially offset the increase.  These
rate reductions were partially offset by increased end user fees
resulting from the number portability surcharge effective February 1,
1999.  Interstate minutes of use for the six months ended June 30,
1999 increased by 5.7% over the same period last year.

Intrastate network access revenues decreased for the six months ended
June 30, 1999 due primarily to rate decreases implemented on July 1,
1998 with the FCC annual access filing reductions.  This decrease was
partially offset by volume increases, resulting from higher network
usage.  Intrastate minutes of use for the six months ended June 30,
1999 increased by 8.3% over the same period last year.

---------------------------------------------------------------------
Long-distance service
---------------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $   68.1   $   67.7    $   0.4      0.6

Long-distance service revenues result from customer calls to
locations outside of their local calling areas, but within the same
Local Access and Transport Area (LATA).

Long-distance service revenues increased for the six months ended
June 30, 1999 due primarily to rate increases implemented in
September 1998.  These increases were partially offset by decreased
calling volumes, resulting from increased competition from
alternative intraLATA toll providers.  We implemented Dial 1+
capability in February 1999.

---------------------------------------------------------------------
Other
-----
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $   70.4   $   72.4    $  (2.0)    (2.8)

Other revenues include revenues derived from the sale of white page
directory listings, billing and collection services, inside wire
installation and maintenance services and other miscellaneous
services.  Other revenues decreased for the six months ended June 30,
1999 due primarily to a $3.1 million revenue reduction resulting from
a FCC ruling which lowered the pay phone per call compensation we
receive from other communications companies, as well as the on-going
impact of these lower rates.  (See Note 3).  Nonregulated service
revenues increased as a result of higher revenues from inside wire
installation and maintenance services resulting from price increases,
partially offset by decreased equipment sales.  We also experienced
increased revenues from premises services and voice mail.

---------------------------------------------------------------------
Operating expenses
------------------

Total operating expenses for the six months ended June 30, 1999
increased $20.3 million, or 4.6% to $457.7 million, due primarily to
higher operating expenses, such as material costs and affiliated
services expense, as well as increased depreciation and amortization
expense.

                               Page 10


<PAGE>11

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)

Employee-related expenses
-------------------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $  114.8   $  112.0    $   2.8      2.5

Employee-related expenses increased for the six months ended June 30,
1999 primarily due to increases in wage rates reflecting new union
contracts effective in mid-1998, as well as increases in overtime and
benefits.  These increases were partially offset by the effect of
lower average force levels compared with the prior year period.

We employed 3,668 employees as of June 30, 1999, compared with 3,988
as of June 30, 1998.

---------------------------------------------------------------------
Depreciation and
  amortization
------------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $  111.0   $  103.5    $   7.5      7.2

Depreciation and amortization expense increased for the six months
ended June 30, 1999 due primarily to higher property, plant and
equipment balances.  Higher depreciation rates on certain asset
categories also contributed to the increase, as we used shorter
depreciable lives for newer technologies.

---------------------------------------------------------------------
Other operating expenses
------------------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $  207.1   $  196.7    $  10.4      5.3

Other operating expenses increased for the six months ended June 30,
1999 due primarily to increased material costs and affiliated
services expense.  These increases were partially offset by decreased
advertising expenses reflecting the timing of promotions and other
marketing campaigns, and lower right-to-use fees for switching system
software.  Effective January 1, 1999, we adopted Statement of
Position 98-1, "Accounting for the Costs of Computer Software
Developed or Obtained for Internal Use," which required the
capitalization of $0.9 million in software costs that previously
would have been expensed.  (See Note 5).

---------------------------------------------------------------------
Taxes other than income taxes
-----------------------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $   24.8   $   25.2    $  (0.4)    (1.6)

Taxes other than income taxes consist of property taxes, gross
receipts taxes and other taxes not directly related to earnings.  The
decrease in taxes other than income taxes for the six months ended
June 30, 1999 reflects a small decrease in property taxes.

                               Page 11


<PAGE>12

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)

Other income and expenses
-------------------------
Interest expense
----------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $    8.0   $    8.6    $  (0.6)    (7.0)

Interest expense did not change significantly for the six months
ended June 30, 1999 compared with the prior year period.

---------------------------------------------------------------------
Other income, net
-----------------
                                                     Change
                                     June 30         Income   Percent
                                  ------------
(dollars in millions)            1999      1998    (Expense)   Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $    2.9   $    2.0    $   0.9     45.0

Other income, net includes equity in earnings of affiliates, interest
income and other nonoperating items.  Other income increased for the
six months ended June 30, 1999 due primarily to decreased
miscellaneous nonoperating expenses and increased interest income on
funds invested in the Ameritech short-term funding pool.  A decrease
in equity earnings from Ameritech Services, Inc. (ASI) partially
offset the increase.

---------------------------------------------------------------------
Income taxes
------------
                                     June 30        Increase  Percent
                                  ------------
(dollars in millions)            1999      1998    (Decrease)  Change
 -------------------             ----      ----     --------   ------
Six Months Ended             $   96.7   $   89.4    $   7.3      8.2

The increase in income taxes for the six months ended June 30, 1999
was due primarily to the increase in pretax earnings discussed above.

---------------------------------------------------------------------
Ratio of earnings to fixed charges
----------------------------------

The ratio of earnings to fixed charges for the six months ended June
30 was 24.82 in 1999 and 21.80 in 1998.

                               Page 12


<PAGE>13

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)

Other Matters
-------------

Regulatory Considerations
-------------------------

The Telecommunications Act of 1996

In general, the Telecommunications Act of 1996 (the 1996 Act)
includes provisions designed to open local exchange markets to
competition and to afford the regional holding companies (RHCs) and
their affiliates the competitive opportunity to provide interLATA
(long-distance) services.  Under the 1996 Act, the RHCs ability to
provide in-region long-distance services is dependent upon their
satisfaction of, among other conditions, a 14-point "competitive
checklist" of specific requirements for opening the local market to
competition.

Local Interconnection and Unbundled Access

In January 1999, the U.S. Supreme Court issued its opinion on various
cross-appeals of the 1997 decision of the U.S. Circuit Court of
Appeals for the Eighth Circuit (the Eighth Circuit Court) relating to
the FCC's 1996 order on the local interconnection provisions of the
1996 Act (the Interconnection Order).

The Supreme Court reversed portions of the Eighth Circuit Court's
earlier decision that had vacated several provisions of the
Interconnection Order.  The Court decided that the FCC has rulemaking
authority to implement the local competition provisions of the 1996
Act, including pricing methodology.  This overturned the Eighth
Circuit Court's ruling that the states were vested with exclusive
jurisdiction over the pricing for local interconnection, unbundled
network elements and local service resale provided by incumbent local
exchange carriers (ILECs) to competitive local exchange carriers
(CLECs).  The Supreme Court also reinstated the FCC's "pick and
choose" rules allowing CLECs to select among individual provisions
from other existing interconnection agreements or in future
arbitrations.

The Supreme Court upheld the FCC's determination that the definition
of a network element could include items beyond physical facilities
and equipment, such as operational support systems, operator
services, directory assistance and vertical services such as call
forwarding and caller identification.  It further ruled that the FCC
could bar ILECs from separating already combined network elements.
However, the Supreme Court overturned the FCC's rule identifying and
requiring ILECs to offer specific network elements, finding that the
FCC had not adequately considered, as required by the 1996 Act,
whether those specific unbundled network elements were "necessary" or
whether the failure to provide access to them might "impair" the
ability of CLECs to provide competitive services.  We believe that
this ruling supports our view that the objectives of the 1996 Act,
including development and deployment of advanced technologies desired
by customers, will best be served by encouraging infrastructure
investments, rather than through unlimited blanket access to all ILEC
network elements.  On April 16, 1999, in response to the Supreme
Court's decision, the FCC issued a Second Further Notice of
Rulemaking regarding which network elements should be made available
to competitors.

Since the Eighth Circuit Court's 1997 opinion, local interconnection
matters and unbundled network element pricing have been resolved
primarily through negotiated interconnection agreements or state
commission arbitration proceedings.  The substantive validity of the
FCC's pricing rules, including its total element long-run incremental
cost (TELRIC) pricing methodology, was not before the Supreme

                               Page 13


<PAGE>14

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Regulatory Considerations (cont'd.)
-----------------------------------

Local Interconnection and Unbundled Access (cont'd.)

Court, and will be addressed by the Eighth Circuit Court on remand.
On June 10, 1999, the Eighth Circuit Court issued a briefing schedule
for the open issues on remand and we filed our opening brief on July
16, 1999.  The case is set for oral argument on September 17, 1999.
Pending judicial resolution of the appropriate pricing methodologies
and a determination by the FCC of which unbundled network elements
must be made available, we expect to continue to negotiate and enter
into interconnection agreements and pursue, through appropriate state
or federal proceedings, timely recovery of our costs.

On June 1, 1999, the U.S. Supreme Court vacated and remanded a
separate 1998 Eighth Circuit Court decision regarding shared
transport.  In that earlier decision, the Eighth Circuit Court had
upheld the FCC's determination that "shared transport," which would
include access to all of an ILEC's transport facilities, is a network
element that should be made available to competitors on an unbundled
basis.

The outcome of future regulatory and judicial developments in this
area is subject to continuing uncertainty.  We believe that the
pricing rules and methodologies generally adopted by our state
commission with respect to our existing interconnection agreements
should not differ materially from those that may be applied under
proposed FCC pricing methodologies.  We further expect that future
judicial or regulatory decisions will define reasonable limiting
standards, consistent with the purposes of the 1996 Act, as to which
of our existing network elements must be made available to
competitors.  We can give no assurance, however, that future
regulatory and judicial determinations may not have a material
adverse effect on our future revenues and operating margins.

Reciprocal Compensation

A number of CLECs are engaged in regulatory and judicial proceedings
with various ILECs, including Indiana Bell and the remaining four
Ameritech landline communications subsidiaries, with respect to the
payment of reciprocal compensation to the CLECs for calls originating
on the ILECs' networks for dial-up connections to access the Internet
via Internet service providers (ISPs) served by the CLECs' networks.
The CLECs have asserted that reciprocal compensation for such calls
is provided for by interconnection agreements between the CLECs and
the ILECs.  Together with other ILECs, we have maintained that we are
not required to make such reciprocal compensation payments pursuant
to those agreements because such traffic is interstate access
service, not local.

On February 26, 1999, the FCC ruled that a substantial portion of
Internet traffic is interstate, and therefore, under federal law, it
is not subject to reciprocal compensation obligations.  As a result,
the FCC issued a notice of proposed rulemaking to develop a federal
inter-carrier compensation rule for Internet traffic.  In the
interim, the FCC concluded that state commissions may determine in
both arbitrations and disputes under existing interconnection
agreements whether reciprocal compensation should be paid for this
traffic.

A number of CLECs have filed petitions seeking federal appellate
court review of the FCC's ruling on the interstate nature of dial-up
calls to ISPs.  Various ILECs have challenged the FCC's order with
respect to the ability of state commissions to impose reciprocal
compensation on Internet traffic.

                               Page 14


<PAGE>15

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Regulatory Considerations (cont'd.)
-----------------------------------

Reciprocal Compensation (cont'd.)

In finding that dial-up calls to ISPs are largely interstate, the FCC
concluded that dial-up traffic to the Internet does not terminate at
the ISP's local server, but continues to the ultimate Internet Web
site, which is often in another state.  This echoed an earlier FCC
opinion and order in response to a federal tariff application for a
high-speed dedicated Internet connection.  The FCC noted, however,
that carriers remain bound by their existing interconnection
agreements, and thus may be subject to reciprocal compensation
obligations to the extent provided by such interconnection
agreements.

We believe that this FCC ruling confirms our view that Internet
traffic is appropriately classified as interstate and that reciprocal
compensation is not payable in connection with dial-up access to the
Internet via ISPs.  On June 18, 1999, however, the U.S. Court of
Appeals for the Seventh Circuit issued an opinion affirming an order
of the ICC directing Ameritech's landline communications subsidiary
in Illinois to pay reciprocal compensation on this traffic under
existing interconnection agreements.  The Seventh Circuit reviewed
only the issue of whether the ICC's determination - that the parties
intended under their interconnection agreements that calls to ISPs
would be subject to reciprocal compensation - violated federal law.
The Seventh Circuit declined to review any contract issues and
concluded that the ICC's determination did not violate federal law
since it was expressly permitted under the FCC's ruling discussed
above.  Ameritech has sought rehearing of this Seventh Circuit Court
decision and will continue to pursue judicial appeals of other
contrary state commission determinations.

Other appeals by Ameritech's landline communications subsidiaries of
adverse decisions are currently pending before the U.S. District
Courts in Michigan, Indiana and Ohio.  The U.S. District Court in
Wisconsin recently dismissed an appeal by Ameritech's Wisconsin
landline communications subsidiary, without reaching the merits of
the case.  Ameritech intends to appeal that dismissal.

We continue to believe that reciprocal compensation is not required
in these circumstances under the February 1999 FCC order.  However,
there can be no assurance as to the ultimate judicial or regulatory
outcome or that the Ameritech landline communications subsidiaries,
including Indiana Bell, will not be required to continue to make such
reciprocal compensation payments under existing interconnection
agreements or in future arbitrations.  Currently, all of the
Ameritech landline communications subsidiaries, including Indiana
Bell, are making reciprocal compensation payments (or arranging for
future true-up payments), under protest, pursuant to existing
interconnection agreements with CLECs providing services to ISPs.

Universal Service, Access Charge Reform and Price Caps

In May 1997, the FCC issued three closely related orders that
established rules to implement the universal service provisions of
the 1996 Act (the Universal Service Order) and to revise both
interstate access charge pricing (the Access Reform Order) and the
price cap plan for ILECs (the Price Cap Order).

                               Page 15


<PAGE>16

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Regulatory Considerations (cont'd.)
-----------------------------------

Universal Service, Access Charge Reform and Price Caps (cont'd.)

Universal Service  The FCC's Universal Service Order provides that
all interstate telecommunications providers will be required to
contribute to universal service funding, based on retail
telecommunications revenues.  The Universal Service Order establishes
a multi-billion dollar interstate universal service fund to help link
eligible schools and libraries and low-income consumers and rural
health care providers to the global telecommunications network
(including the Internet).  The FCC directed the phase-in of these
funds through 1999.

Access Charge Reform  In its Access Reform Order, the FCC
restructured interstate access pricing and adopted changes to its
tariff structure that require ILECs to use rates that reflect the
type of costs incurred.

In addition to the changes introduced in connection with the Access
Reform Order, we have implemented state changes that mirror the
federal access reform structure.  Various interexchange carriers
opposing such changes have filed with the Illinois, Michigan and
Wisconsin state commissions seeking lower access charges.  The state
commissions in Illinois (the Illinois Commerce Commission) and
Michigan (the Michigan Public Service Commission or MPSC), in
response to such filings, have ordered Ameritech to split the
intrastate primary interexchange carrier charge (PICC) into two
separate per-line components, with one-half of the total charge
payable by the intraLATA toll carrier and the other half by the
interLATA toll carrier.  A similar split of the intrastate PICC was
ordered by the IURC in its ongoing investigation of universal service
and access reform.  Accordingly, the revenues they receive from this
charge will decrease to the extent that Ameritech is the intraLATA
toll carrier.  In addition, the MPSC required that these changes be
made retroactive to January 1, 1998, when the initial tariffs for
this charge were filed.  Ameritech has appealed the MPSC's order.

Price Caps  Our interstate access services are subject to price cap
regulation, which limits prices rather than profits.  The Price Cap
Order effectively reduced access charges by increasing the price cap
productivity offset factor to 6.5% from the previous 5.3% and by
applying this factor uniformly to all access providers.  The order
also required ILECs subject to price cap regulation to set their 1997
price cap index assuming that the 6.5% factor had been in effect
since July 1996.  Certain parties sought judicial review of the Price
Cap Order.  The D.C. Circuit Court issued a decision remanding the
case to the FCC to explain the productivity offset factor.

We currently cannot predict the precise impact of these regulatory
changes on our business, especially as their nature and timing may
evolve in connection with judicial and FCC consideration of other
provisions of the 1996 Act.

Number Portability

On May 5, 1998, the FCC entered an order to allow telecommunications
carriers, such as Indiana Bell, to recover over a five-year period
their carrier-specific costs of implementing long-term number
portability.  Long-term number portability allows customers to retain
their local telephone numbers in the event they change local exchange
carriers.  We are completing implementation of long-term number
portability in compliance with an FCC-mandated schedule.  Our number
portability surcharge became effective February 1, 1999, subject to a
designation order, which was released on July 16, 1999, and required
a reduced surcharge from $0.41 to $0.28 per line and appropriate
refunds, which were accrued in the second quarter of 1999.

                               Page 16


<PAGE>17

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Regulatory Considerations (cont'd.)
-----------------------------------

Opportunity Indiana

We are subject to regulation by the IURC with respect to certain
intrastate rates and services.  In June 1994, the IURC approved an
alternative regulation proposal - Opportunity Indiana - that
eliminated rate-of-return regulation and replaced it with price
regulation.  Under the plan, we instituted market-based pricing and
flexibility for competitive services, including Centrex, dedicated
communications services, 800 service, WATS, operator services and
business intraLATA toll service.

In 1997, we filed a revised alternative regulation plan and requested
an interim extension of Opportunity Indiana which was due to expire
at the end of 1997.  In December 1997, the Commission issued a final
order on interim relief in the Opportunity Indiana II proceeding.
The order addressed the manner in which we will be regulated until
such time as a longer term replacement regulatory structure is
finalized.  The ruling extended most of the alternative regulation
plan that had been in place since 1994.  However, we were also
ordered to reduce our rates for basic residential and business
service by 4.6% and to continue our infrastructure spending on fiber
optics for interested schools, hospitals and government centers, and
on contributions to a fund to provide distance learning equipment and
courses in schools all over the state.  We have appealed this order
to the Indiana Court of Appeals.  Until such time as the Court of
Appeals issues a ruling, we will operate under the provisions of the
IURC's order on interim relief, with the exception of the requirement
to reduce basic local service rates.  Because Indiana law provides
that we can continue charging our current rates until the order is
entered on the appeal, we will maintain basic local rates at their
current levels.  In January 1999, we submitted an updated Opportunity
Indiana II plan in order to renew the regulatory framework
established by the IURC in Opportunity Indiana.

Indiana Bell has offered Dial 1 + capability in local toll markets
since February 8, 1999.

Long-distance Services
----------------------

InterLATA long-distance is a $1 billion market in our local service
area.  Under the 1996 Act, Ameritech and the other RHCs must open
their respective local markets to competition by implementing a 14-
point checklist before they can offer interLATA long-distance
services to their local landline customers.  In considering an
application to offer interLATA long-distance service, the FCC must
determine whether or not an RHC has satisfied the statutory criteria,
including the competitive checklist and various structural and
accounting rules, and whether its entry into long-distance is
consistent with the public interest.  An RHC is restricted from
providing interLATA long-distance service until the FCC determines
that these criteria have been met.  The FCC gives substantial weight
to Department of Justice recommendations in reviewing RHC
applications to enter the market.  In preparation, we have negotiated
or arbitrated numerous agreements with competitors to allow
interconnection access to our network elements at cost-based rates
and purchase of our local services at wholesale rates for resale to
the public.

FCC rules require that interLATA long-distance service be offered by
Ameritech's long-distance subsidiary, Ameritech Communications Inc.,
which is certified to provide long-distance service in states outside
the Ameritech five-state region.  Accordingly, Ameritech's entry into
this market will not generate long-distance revenues for Indiana
Bell.

                               Page 17


<PAGE>18

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Evolution of the Industry
-------------------------

Growing customer need for new services, new technologies, regulatory
reform and corporate alliances are accelerating the pace of change
and creating intense competition in the communications industry.  We
believe that more competition in our industry is inevitable.

With the passage of the 1996 Act and other regulatory initiatives,
our local service markets have been more extensively opened to new
competitors, many of which are believed to have initially targeted
high-volume business customers in densely populated areas.
Interconnection agreements with competitive service providers require
us to provide interconnection or access to unbundled network elements
at cost-based rates and telecommunications services at discounted,
wholesale rates.  These agreements and applicable tariffs may result
in some downward pressure on our local service revenues, as a portion
of our revenue shifts from local service at retail prices to network
access and wholesale services at lower rates and as some competitors
provide services using their own networks, in whole or in part.  We
cannot predict with certainty the impact that these and other
developments ultimately may have on our future business, results of
operations or financial condition.

Year 2000 Readiness Disclosure
------------------------------

The Year 2000 issue exists because many computer systems and
applications, including those embedded in equipment and facilities,
use two-digit rather than four-digit date fields to designate an
applicable year.  As a result, the systems and applications may not
properly recognize the Year 2000 or process data that includes it,
potentially causing data miscalculations or inaccuracies or
operational malfunctions or failures.

Ameritech has established a centrally managed, companywide initiative
to identify, evaluate and address Year 2000 issues.  Begun in May
1996, Ameritech's Year 2000 effort covers our network and supporting
infrastructure for the provision of local switched and data
telecommunications services.  Also within the scope of this
initiative are operational and financial information technology (IT)
systems and applications, end-user computing resources and building
systems, such as security, elevator, and heating and cooling systems.
In addition, the project includes a review of the Year 2000
compliance efforts of Ameritech's key suppliers and other principal
business partners and, as appropriate, the development of joint
business support and continuity plans for Year 2000 issues.  While
this initiative is broad in scope, it is structured to identify and
prioritize our efforts for mission-critical systems, network elements
and products and key business partners.

Work is progressing in the following phases: inventory, assessment,
remediation, testing, deployment and monitoring.  Although the pace
of the work varies among our business units and the phases often are
conducted in parallel, as of June 30, 1999, we believe that the
inventory and assessment phases are complete and the remediation,
testing and deployment phases are substantially complete.

As of June 30, 1999, nearly all of the network elements requiring
corrective activity, including all of the core network switches and
other network components that we regard as mission-critical, have
been made Year 2000 ready and deployed back into production.  As of
June 30, 1999, all of Ameritech's identified IT applications,
including those determined to be mission-critical, have been
remediated.

                               Page 18


<PAGE>19

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Year 2000 Readiness Disclosure (cont'd.)
----------------------------------------

A substantial majority of these corrected applications have completed
certification testing and been deployed back into production.
Ameritech has also made substantial progress in Year 2000 readiness
preparations for its remaining infrastructure components (buildings
and physical facilities, internal voice telephone systems, and
desktop PCs), and these efforts are expected to be completed during
the third quarter of 1999.  Final integration testing for certain
critical systems and processes is scheduled to be completed by the
end of the third quarter of 1999.

With the majority of our various systems remediated, tested and
deployed back into production, Ameritech believes we are well
positioned to complete the remediation and deployment of our
remaining systems, any additional testing that may be necessary, and
the development of our business contingency and continuity plans in
advance of the Year 2000 transition.  However, our ability to meet
that goal remains dependent upon a variety of factors, including the
timely provision of necessary upgrades and modifications by our
suppliers and contractors.  In some instances, upgrades or
modifications are not expected to be available until late 1999.

Ameritech has sought Year 2000 readiness information from various
third-party suppliers on whom we depend for certain products or
essential services (such as electric utilities, interexchange
carriers, etc.), but, in most instances, Ameritech has no method of
compelling such disclosure, of assessing the accuracy of information
they may provide or of ensuring that these suppliers will convert
their critical systems and processes in a timely manner.  Ameritech
is developing business contingency and continuity plans (see
discussion below), and is continuing to work with the key suppliers
as part of a supplier compliance program to seek to minimize such
risks.

There also may be Year 2000 issues in customer premises equipment
(CPE), including CPE that we have sold or maintained and CPE that is
used in connection with 911 services.  Although the customer
generally is responsible for CPE, customers could attribute a Year
2000 disruption in their CPE to a malfunction of our network service.
We have taken steps to encourage many of our customers potentially at
risk to undertake the necessary assessment and remedial activities to
avoid a Year 2000 problem with their equipment and systems.

Ameritech currently estimates that it and all of its subsidiaries
combined, including Indiana Bell, will incur expenses of
approximately $230 million through 2001 in connection with our
anticipated Year 2000 efforts, of which approximately $150 million
had been incurred through June 30, 1999.  The timing of our expenses
may vary and is not necessarily indicative of readiness efforts or
progress to date.  We anticipate that a portion of our Year 2000
expenses will not be incremental costs, but rather will represent the
redeployment of existing IT resources.  Ameritech also expects to
incur certain capital improvement costs (totaling approximately $14
million) to support this project.  Such capital costs (approximately
$12 million as of June 30, 1999) are being incurred sooner than
originally planned but, for the most part, would have been required
in the normal course of business.

As with other communications services providers, there exists a worst
case scenario possibility that a failure to correct a Year 2000
program in one or more of our mission-critical network elements or IT
applications could cause a significant disruption of or interruption
in certain of our normal business functions.  Based on Ameritech's
assessments and work to date, Ameritech believes that any such

                               Page 19


<PAGE>20

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


Year 2000 Readiness Disclosure (cont'd.)
----------------------------------------

material disruption to our operations due to failure of an internal
system is unlikely.  However, due to the uncertainty inherent in Year
2000 issues generally and those that are beyond our control in
particular (e.g., the final Year 2000 readiness of our suppliers,
customers, electric, gas and other public utilities and
interconnecting carriers), there can be no assurance that one or more
such failures would not have a material impact on our results of
operations, liquidity or financial condition.

As part of our Year 2000 initiative, Ameritech is evaluating
scenarios that may occur as a result of the century change and is
continuing to develop contingency and business continuity plans
tailored for Year 2000-related occurrences.  Contingency planning to
maintain and restore service in the event of natural disasters, power
failures and software-related problems has been part of our standard
operation for many years, and we are working to leverage this
experience in the development of contingency and continuity plans
tailored to meet Year 2000-related challenges.  This work is being
performed through centrally managed, companywide teams organized by
critical business functions (including ordering, provisioning,
maintenance, billing and power).  Ameritech's contingency and
business continuity plans are expected to assess the potential for
business disruption in various scenarios, and to provide for key
operational back-up, recovery and restoration alternatives.

The above information is based on Ameritech's current best estimates,
which were derived using numerous assumptions of future events,
including the availability and future costs of certain technological
and other resources, third-party modification actions and other
factors.  Given the complexity of these issues and possible
unidentified risks, actual results may vary materially from those
anticipated and discussed above.  Specific factors that might cause
such differences include, among others, the availability and cost of
personnel trained in this area, the ability to locate and correct all
affected computer code, the timing and success of Year 2000 remedial
efforts of our customers and suppliers, and similar uncertainties.

New Accounting Pronouncements
-----------------------------

FAS 133

In June 1998, the Financial Accounting Standards Board (FASB) issued
FAS 133, "Accounting for Derivative Instruments and Hedging
Activities." This statement provides standardized accounting and
disclosure guidance for derivative instruments and the derivative
portion of certain similar contracts.  It amends FAS 52, "Foreign
Currency Translation," and FAS 107, "Disclosures about Fair Values of
Financial Instruments," and it supersedes a number of other financial
accounting standards.

The statement requires entities that use derivative instruments to
measure these instruments at fair value and record them as assets or
liabilities on the balance sheet.  It also requires entities to
reflect the gains or losses associated with changes in the fair value
of these derivatives, either in earnings or as a separate component
of comprehensive income, depending on the nature of the underlying
contract or transaction.

FAS 133, as amended, is effective for all fiscal quarters of fiscal
years beginning after June 15, 2000, and is to be adopted as of the
beginning of the fiscal year.  At the time of adoption, all
derivative instruments are to be measured at fair

                               Page 20


<PAGE>21

                Management's Discussion and Analysis
                 of Results of Operations (cont'd.)


New Accounting Pronouncements (cont'd.)
---------------------------------------

FAS 133 (cont'd.)

value and recorded on the balance sheet.  Any differences between
fair value and carrying amount at that time will be recorded as a
cumulative effect of a change in accounting principle, in either net
income or other comprehensive income, as appropriate.  Adoption of
this statement may or may not have a material impact on our results
of operations or financial position, depending on the nature and
magnitude of derivative activity in which we engage and the changes
in market conditions with respect to foreign currencies, interest
rates or other underlying values.  We have not yet quantified the
impacts of the initial adoption of FAS 133 on our results of
operations or financial condition, nor have we determined when we
will implement the new standard.

Audit Report on Continuing Property Records
-------------------------------------------

On March 12, 1999, the FCC released the results of a staff-level
audit of the property records of certain central office equipment
maintained by Ameritech's landline communications subsidiaries,
including Indiana Bell, and the other RHCs.  Based solely on a
physical verification audit using statistical sampling techniques,
this report alleged an overstatement, and consequently recommended a
write-off, of approximately $567 million of Ameritech's central
office equipment; however no allocation of the write-off among
Ameritech's five landline communications subsidiaries was reflected
in the audit.  In releasing this audit report, the FCC stated that it
did not pass judgment on its accuracy or the reasonableness of its
conclusions or recommendations.

Ameritech has issued a response to the audit that, among other
things, disputes the validity of its auditing and statistical
sampling methods.  We also dispute the practical consequences of the
FCC's property audit while under a price cap regulatory plan.
Further, in the event the FCC required us to write central office
equipment off our books, we believe there would be no accounting
impact on net plant because we follow the group method of
depreciation.  Under this method plant retirements are charged
against the accumul
