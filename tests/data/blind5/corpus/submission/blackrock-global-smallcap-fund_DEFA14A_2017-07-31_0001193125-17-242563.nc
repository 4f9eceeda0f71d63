<SUBMISSION>
<ACCESSION-NUMBER>0001193125-17-242563
<TYPE>DEFA14A
<PUBLIC-DOCUMENT-COUNT>2
<FILING-DATE>20170731
<DATE-OF-FILING-DATE-CHANGE>20170731
<EFFECTIVENESS-DATE>20170731
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>BLACKROCK GLOBAL SMALLCAP FUND, INC.
<CIK>0000922457
<IRS-NUMBER>223310365
<STATE-OF-INCORPORATION>MD
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>DEFA14A
<ACT>34
<FILE-NUMBER>811-07171
<FILM-NUMBER>17993954
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>100 BELLEVUE PARKWAY
<CITY>WILMINGTON
<STATE>DE
<ZIP>19809
<PHONE>800-441-7762
</BUSINESS-ADDRESS>
<MAIL-ADDRESS>
<STREET1>100 BELLEVUE PARKWAY
<CITY>WILMINGTON
<STATE>DE
<ZIP>19809
</MAIL-ADDRESS>
<FORMER-COMPANY>
<FORMER-CONFORMED-NAME>MERRILL LYNCH GLOBAL SMALLCAP FUND INC
<DATE-CHANGED>19941019
</FORMER-COMPANY>
<FORMER-COMPANY>
<FORMER-CONFORMED-NAME>MERRILL LYNCH SMALLCAP WORLD FUND INC
<DATE-CHANGED>19940429
</FORMER-COMPANY>
</FILER>
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>BlackRock Value Opportunities Fund, Inc.
<CIK>0000230382
<IRS-NUMBER>132928561
<STATE-OF-INCORPORATION>MD
<FISCAL-YEAR-END>0331
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>DEFA14A
<ACT>34
<FILE-NUMBER>811-02809
<FILM-NUMBER>17993953
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>100 BELLEVUE PARKWAY
<CITY>WILMINGNTON
<STATE>DE
<ZIP>19809
<PHONE>800-441-7762
</BUSINESS-ADDRESS>
<MAIL-ADDRESS>
<STREET1>100 BELLEVUE PARKWAY
<CITY>WILMINGNTON
<STATE>DE
<ZIP>19809
</MAIL-ADDRESS>
<FORMER-COMPANY>
<FORMER-CONFORMED-NAME>Merrill Lynch Value Opportunities Fund, Inc.
<DATE-CHANGED>20040726
</FORMER-COMPANY>
<FORMER-COMPANY>
<FORMER-CONFORMED-NAME>MERRILL LYNCH SMALL CAP VALUE FUND INC
<DATE-CHANGED>20000628
</FORMER-COMPANY>
</FILER>
<SERIES-AND-CLASSES-CONTRACTS-DATA>
<EXISTING-SERIES-AND-CLASSES-CONTRACTS>
<SERIES>
<OWNER-CIK>0000230382
<SERIES-ID>S000002323
<SERIES-NAME>BlackRock Value Opportunities Fund, Inc.
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000006079
<CLASS-CONTRACT-NAME>Investor A
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000006080
<CLASS-CONTRACT-NAME>Investor B
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000006081
<CLASS-CONTRACT-NAME>Investor C
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000006082
<CLASS-CONTRACT-NAME>Institutional
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000006083
<CLASS-CONTRACT-NAME>Class R
</CLASS-CONTRACT>
</SERIES>
<SERIES>
<OWNER-CIK>0000922457
<SERIES-ID>S000002724
<SERIES-NAME>BLACKROCK GLOBAL SMALLCAP FUND, INC.
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000007429
<CLASS-CONTRACT-NAME>Investor A
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000007430
<CLASS-CONTRACT-NAME>Investor B
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000007431
<CLASS-CONTRACT-NAME>Investor C
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000007432
<CLASS-CONTRACT-NAME>Institutional
</CLASS-CONTRACT>
<CLASS-CONTRACT>
<CLASS-CONTRACT-ID>C000007433
<CLASS-CONTRACT-NAME>Class R
</CLASS-CONTRACT>
</SERIES>
</EXISTING-SERIES-AND-CLASSES-CONTRACTS>
</SERIES-AND-CLASSES-CONTRACTS-DATA>
<DOCUMENT>
<TYPE>DEFA14A
<SEQUENCE>1
<FILENAME>d413170ddefa14a.htm
<DESCRIPTION>BLACKROCK GLOBAL SMALLCAP FUND, INC. AND BLACKROCK VALUE OPPORTUNITIES FUND, INC.
<TEXT>
<HTML><HEAD>
<TITLE>BlackRock Global SmallCap Fund, Inc. and BlackRock Value Opportunities Fund, Inc.</TITLE>
</HEAD>
 <BODY BGCOLOR="WHITE">

 <P STYLE="line-height:1.0pt;margin-top:0pt;margin-bottom:0pt;border-bottom:1px solid #000000">&nbsp;</P>
<P STYLE="line-height:3.0pt;margin-top:0pt;margin-bottom:2pt;border-bottom:1px solid #000000">&nbsp;</P> <P STYLE="margin-top:12pt; margin-bottom:0pt; font-size:18pt; font-family:Times New Roman" ALIGN="center"><B>UNITED STATES </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:18pt; font-family:Times New Roman" ALIGN="center"><B>SECURITIES AND EXCHANGE COMMISSION </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:12pt; font-family:Times New Roman" ALIGN="center"><B>Washington, D.C. 20549 </B></P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P><center>
<P STYLE="line-height:6.0pt;margin-top:0pt;margin-bottom:2pt;border-bottom:1.00pt solid #000000;width:21%">&nbsp;</P></center> <P STYLE="margin-top:12pt; margin-bottom:0pt; font-size:18pt; font-family:Times New Roman" ALIGN="center"><B>SCHEDULE 14A
</B></P> <P STYLE="margin-top:12pt; margin-bottom:0pt; font-size:12pt; font-family:Times New Roman" ALIGN="center"><B>Proxy Statement Pursuant to Section&nbsp;14(a) of the </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:12pt; font-family:Times New Roman" ALIGN="center"><B>Securities Exchange Act of 1934 </B></P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P><center>
<P STYLE="line-height:6.0pt;margin-top:0pt;margin-bottom:2pt;border-bottom:1.00pt solid #000000;width:21%">&nbsp;</P></center> <P STYLE="margin-top:12pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Filed by the
Registrant&nbsp;&nbsp;&#9746;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Filed by a Party other than the
Registrant&nbsp;&nbsp;&#9744; </P> <P STYLE="margin-top:12pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Check the appropriate box: </P> <P STYLE="font-size:6pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:Times New Roman; font-size:10pt">


<TR>
<TD WIDTH="3%"></TD>
<TD VALIGN="bottom" WIDTH="2%"></TD>
<TD WIDTH="95%"></TD></TR>


<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;&nbsp;</TD>
<TD VALIGN="bottom">Preliminary Proxy Statement</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="8"></TD>
<TD HEIGHT="8" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;&nbsp;</TD>
<TD VALIGN="bottom">Confidential, for Use of the Commission Only (as permitted by Rule&nbsp;14a-6(e)(2))</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="8"></TD>
<TD HEIGHT="8" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;&nbsp;</TD>
<TD VALIGN="bottom">Definitive Proxy Statement</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="8"></TD>
<TD HEIGHT="8" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9746;</TD>
<TD VALIGN="bottom">&nbsp;&nbsp;</TD>
<TD VALIGN="bottom">Definitive Additional Materials</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="8"></TD>
<TD HEIGHT="8" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;&nbsp;</TD>
<TD VALIGN="bottom">Soliciting Material Pursuant to &#167;240.14a-12</TD></TR>
</TABLE> <P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:22pt; font-family:Times New Roman" ALIGN="center"><B>BlackRock Global SmallCap Fund, Inc. </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:22pt; font-family:Times New Roman" ALIGN="center"><B>BlackRock Value Opportunities Fund, Inc. </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman" ALIGN="center"><B>(Name of Registrant as Specified In Its Charter) </B></P> <P STYLE="font-size:18pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:8pt; font-family:Times New Roman" ALIGN="center"><B>(Name of Person(s) Filing Proxy Statement, if other than the Registrant) </B></P>
<P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Payment of Filing Fee (Check the appropriate box): </P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:Times New Roman; font-size:10pt">


<TR>
<TD WIDTH="3%"></TD>
<TD VALIGN="bottom" WIDTH="1%"></TD>
<TD WIDTH="3%"></TD>
<TD VALIGN="bottom" WIDTH="1%"></TD>
<TD WIDTH="92%"></TD></TR>


<TR STYLE="font-size:1pt">
<TD HEIGHT="16"></TD>
<TD HEIGHT="16" COLSPAN="4"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9746;</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top" COLSPAN="3">No fee required.</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="16"></TD>
<TD HEIGHT="16" COLSPAN="4"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top" COLSPAN="3">Fee computed on table below per Exchange Act Rules 14a-6(i)(1) and 0-11.</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="16"></TD>
<TD HEIGHT="16" COLSPAN="2"></TD>
<TD HEIGHT="16" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(1)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Title of each class of securities to which transaction applies:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(2)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Aggregate number of securities to which transaction applies:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(3)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Per unit price or other underlying value of transaction computed pursuant to Exchange Act Rule&nbsp;0-11 (set forth the amount on which the
filing fee is calculated and state how it was determined):</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(4)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Proposed maximum aggregate value of transaction:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(5)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Total fee paid:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="24"></TD>
<TD HEIGHT="24" COLSPAN="4"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top" COLSPAN="3">Fee paid previously with preliminary materials.</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="24"></TD>
<TD HEIGHT="24" COLSPAN="4"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="top">&#9744;</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top" COLSPAN="3">Check box if any part of the fee is offset as provided by Exchange Act Rule&nbsp;0-11(a)(2) and identify the filing for which the offsetting fee was paid previously. Identify the previous filing by registration statement
number, or the Form or Schedule and the date of its filing.</TD></TR>
<TR STYLE="font-size:1pt">
<TD HEIGHT="24"></TD>
<TD HEIGHT="24" COLSPAN="2"></TD>
<TD HEIGHT="24" COLSPAN="2"></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(1)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Amount Previously Paid:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(2)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Form, Schedule or Registration Statement No.:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(3)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Filing Party:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
<TR STYLE="page-break-inside:avoid ; font-family:Times New Roman; font-size:10pt">
<TD VALIGN="bottom"></TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top">(4)</TD>
<TD VALIGN="bottom">&nbsp;</TD>
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New Roman">Date Filed:</P> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<P STYLE="margin-top:0pt; margin-bottom:1pt; border-bottom:1px solid #000000; font-size:10pt; font-family:Times New Roman">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</P></TD></TR>
</TABLE> <P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P> <P STYLE="line-height:1.0pt;margin-top:0pt;margin-bottom:0pt;border-bottom:1px solid #000000">&nbsp;</P>
<P STYLE="line-height:3.0pt;margin-top:0pt;margin-bottom:2pt;border-bottom:1px solid #000000">&nbsp;</P>

<p Style='page-break-before:always'>
<HR  SIZE="3" style="COLOR:#999999" WIDTH="100%" ALIGN="CENTER">

 <P STYLE="margin-top:0pt;margin-bottom:0pt" ALIGN="center">


<IMG SRC="g413170g06x13.jpg" ALT="LOGO">
 </P> <P STYLE="font-size:6pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="20%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:18pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>
<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:18pt">
<TD VALIGN="bottom" NOWRAP ALIGN="center">
<P STYLE=" margin-top:0pt ; margin-bottom:0pt; border-bottom:1.00pt solid #000000; width:107.00pt; font-size:18pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff"><B><FONT COLOR="#ffffff">IMPORTANT</FONT></B></FONT></P></TD></TR></TABLE>
<P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="60%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:18pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>
<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:18pt">
<TD VALIGN="bottom" NOWRAP ALIGN="center"> <P STYLE=" margin-top:0pt ; margin-bottom:0pt; border-bottom:1.00pt solid #000000; width:310.00pt; font-size:18pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff"><B><FONT COLOR="#ffffff">URGENT
PROXY VOTING REQUEST</FONT></B></FONT></P></TD></TR></TABLE> <P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>BlackRock Global SmallCap Fund, Inc. </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>BlackRock Value Opportunities Fund, Inc</B>. </P> <P STYLE="margin-top:14pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Dear
Shareholder:</B> </P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>You were previously sent proxy materials for the Joint Special Meeting of Shareholders (the &#147;Meeting&#148;) of BlackRock Global SmallCap
Fund, Inc. and BlackRock Value Opportunities Fund, Inc. (collectively, the &#147;Funds&#148; and each, a &#147;Fund&#148;) which was adjourned to 3:30 p.m. (Eastern Time) on August&nbsp;23, 2017. The adjourned Meeting will be held at the offices of
BlackRock Advisors, LLC, 1 University Square Drive, Princeton, New Jersey 08540-6455. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Each Fund&#146;s Board of Directors (each, a &#147;Board&#148;)
recommends that shareholders vote <U>FOR</U> each of the applicable proposals related to certain investment objective and investment restriction changes that the Board believes are in the best interest of the relevant Fund and ultimately the
Fund&#146;s shareholders. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>As one of our valued shareholders, your vote is needed to reach the participation levels required to approve these proposals.
</B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Your vote is very important &#151; please vote your proxy TODAY by telephone, via the Internet, or by signing and returning the enclosed voting instruction
form. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>We greatly appreciate your time and your investment in the BlackRock mutual funds. </B></P>
<P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>If you have any questions concerning the proposals or would like to cast your vote with a live proxy voting specialist, please feel free to contact Broadridge
Financial Solutions, toll free at <FONT STYLE="font-family:ARIAL" COLOR="#ff4338"><FONT STYLE="white-space:nowrap"><FONT STYLE="white-space:nowrap"><FONT STYLE="white-space:nowrap">1-855-973-0098</FONT></FONT></FONT></FONT>. </B></P>
<P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>If you have already voted, thank you for your response. </B></P> <P STYLE="font-size:10pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="85%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:26pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>


<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:26pt">
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:26pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff">Vote Now! Your Investment, Your Vote!</FONT></P>
<P STYLE="font-size:2pt; margin-top:0pt; margin-bottom:1pt" align="left">&nbsp;</P></TD></TR>
</TABLE> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="justify">GSCVO_BR6 </P>

<p Style='page-break-before:always'>
<HR  SIZE="3" style="COLOR:#999999" WIDTH="100%" ALIGN="CENTER">

 <P STYLE="margin-top:0pt;margin-bottom:0pt" ALIGN="center">


<IMG SRC="g413170g06x13.jpg" ALT="LOGO">
 </P> <P STYLE="font-size:6pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="20%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:18pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>
<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:18pt">
<TD VALIGN="bottom" NOWRAP ALIGN="center">
<P STYLE=" margin-top:0pt ; margin-bottom:0pt; border-bottom:1.00pt solid #000000; width:107.00pt; font-size:18pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff"><B><FONT COLOR="#ffffff">IMPORTANT</FONT></B></FONT></P></TD></TR></TABLE>
<P STYLE="font-size:12pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="60%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:18pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>
<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:18pt">
<TD VALIGN="bottom" NOWRAP ALIGN="center"> <P STYLE=" margin-top:0pt ; margin-bottom:0pt; border-bottom:1.00pt solid #000000; width:310.00pt; font-size:18pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff"><B><FONT COLOR="#ffffff">URGENT
PROXY VOTING REQUEST</FONT></B></FONT></P></TD></TR></TABLE> <P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>BlackRock Global SmallCap Fund, Inc. </B></P>
<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>BlackRock Value Opportunities Fund, Inc. </B></P> <P STYLE="margin-top:14pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Dear Shareholder:
</B></P> <P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>You were previously sent proxy materials for the Joint Special Meeting of Shareholders (the &#147;Meeting&#148;) of BlackRock Global SmallCap Fund, Inc. and
BlackRock Value Opportunities Fund, Inc. (collectively, the &#147;Funds&#148; and each, a &#147;Fund&#148;) which was adjourned to 3:30 p.m. (Eastern Time) on August&nbsp;23, 2017. The adjourned Meeting will be held at the offices of BlackRock
Advisors, LLC, 1 University Square Drive, Princeton, New Jersey 08540-6455. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Each Fund&#146;s Board of Directors (each, a &#147;Board&#148;) recommends that
shareholders vote <U>FOR</U> each of the applicable proposals related to certain investment objective and investment restriction changes that the Board believes are in the best interest of the relevant Fund and ultimately the Fund&#146;s
shareholders. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>As one of our valued shareholders, your vote is needed to reach the participation levels required to approve these proposals. </B></P>
<P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>Your vote is very important &#151; please vote your proxy TODAY by telephone, via the Internet, or by signing and returning the enclosed proxy card or voting
instruction form. </B></P> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>We greatly appreciate your time and your investment in the BlackRock mutual funds. </B></P>
<P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL"><B>If you have any questions concerning the proposals, please feel free to contact Computershare Fund Services, the Funds&#146; proxy solicitor, toll free&nbsp;at <FONT
STYLE="font-family:ARIAL" COLOR="#ff4338"><FONT STYLE="white-space:nowrap"><FONT STYLE="white-space:nowrap"><FONT STYLE="white-space:nowrap">1-866-704-4427</FONT></FONT></FONT></FONT>. </B></P>
<P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL" ALIGN="center"><B>If you have already voted, thank you for your response. </B></P> <P STYLE="font-size:10pt;margin-top:0pt;margin-bottom:0pt">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="85%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE; font-family:ARIAL; font-size:26pt" ALIGN="center">


<TR>
<TD WIDTH="100%"></TD></TR>


<TR BGCOLOR="#000000" STYLE="page-break-inside:avoid ; font-family:ARIAL; font-size:26pt">
<TD VALIGN="top"> <P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:26pt; font-family:ARIAL" ALIGN="center"><FONT COLOR="#ffffff">Vote Now! Your Investment, Your Vote!</FONT></P>
<P STYLE="font-size:2pt; margin-top:0pt; margin-bottom:1pt" align="left">&nbsp;</P></TD></TR>
</TABLE> <P STYLE="margin-top:10pt; margin-bottom:0pt; font-size:12pt; font-family:ARIAL">GSCVO_CR6 </P>
</BODY></HTML>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>2
<FILENAME>g413170g06x13.jpg
<DESCRIPTION>GRAPHIC
<TEXT>
begin 644 g413170g06x13.jpg
M_]C_X  02D9)1@ !  $ 8 !@  #__@ ?3$5!1"!496-H;F]L;V=I97,@26YC
M+B!6,2XP,0#_VP"$  @&!@<&!0@'!P<*"0@*#18.#0P,#1L3%! 6(!PB(1\<
M'QXC*#,K(R8P)AX?+#TM,#4V.3HY(BL_0SXX0S,X.3<!"0H*#0L-&@X.&C<D
M'R0W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W-S<W
M-S<W-S<W-__$ :(   $% 0$! 0$!           ! @,$!08'" D*"P$  P$!
M 0$! 0$! 0        $" P0%!@<("0H+$  " 0,# @0#!04$!    7T! @,
M!!$%$B$Q008346$'(G$4,H&1H0@C0K'!%5+1\"0S8G*""0H6%Q@9&B4F)R@I
M*C0U-C<X.3I#1$5&1TA)2E-455976%E:8V1E9F=H:6IS='5V=WAY>H.$A8:'
MB(F*DI.4E9:7F)F:HJ.DI::GJ*FJLK.TM;:WN+FZPL/$Q<;'R,G*TM/4U=;7
MV-G:X>+CY.7FY^CIZO'R\_3U]O?X^?H1  (! @0$ P0'!00$  $"=P ! @,1
M! 4A,08205$'87$3(C*!"!1"D:&QP0DC,U+P%6)RT0H6)#3A)?$7&!D:)B<H
M*2HU-C<X.3I#1$5&1TA)2E-455976%E:8V1E9F=H:6IS='5V=WAY>H*#A(6&
MAXB)BI*3E)66EYB9FJ*CI*6FIZBIJK*SM+6VM[BYNL+#Q,7&Q\C)RM+3U-76
MU]C9VN+CY.7FY^CIZO+S]/7V]_CY^O_  !$( "H!'P,!$0 "$0$#$0'_V@ ,
M P$  A$#$0 _ /(X(7N)XX4VAY&"@'IDT#/0_P#A27BQH1(GV,[AP/-.?Y4
M9%W:^,?AU=1-+OL\G"LA#*WXT"/:OAA\06\86LUI>JJ:A;*&..CKTS0!Z TL
M:<,Z@^A.* '(0<%2"/4=#0 ^@ H 8S*@RQ  [GM0 U9(RV%=2WL0: )!C&10
M $X(H C>:*)29&"#U8@4 ,BO+:4[8KB.0^BN#0!-[^GM0 SSH^F]0?K0!(.E
M #2ZK]X@#U- %>YD1K6=493B-NAZ<4 ?'-S ]WKT]O"0));ED7<>,EJ .Y?X
M)>+HX\J+-\<X$QS^HH SX];\9_#K45M;AG@QSY;@%''L10,][\!^,[7QEH@N
M8T,5S$=L\1_A;VH ZO(4=,4"(&O[2-MKW4*-Z&0 T 2I(D@RC!AZ@Y% #Q0
M,<#O0!!)>6T+8EN8D_WG H ?'-'*,QR*P[%3F@!S$(I8G  Z^E "++&W =2>
MO!H ?0!&\J(2&<+]: %5U895@1['B@!0ZGHP/T.: /B[2\?VM9^TZ?A\PH&?
M9MKC[+"0?X!_*@#RCXYZKI__  CEMIWF(]Z]PKJH()50#DGT[4".8^ NGW#>
M)[_4 N+9+4Q%NQ8LI _)30!4^,VH7EMX]:."ZEC3[-&=JN0,DG- 'LWPZEDE
M\!:1)(Y=VBY9CDGDT =50 4 <'\6]5@TSP+="1V66=UCA*G!#=<_D#^= '@?
MA+Q??Z+XFLKR:ZED@5PLBLY(VGK^5 'UE;3I<VT4\;!HY%#*1W!H Y;X@>-(
M/!NB+<;?-NYB5@BSU(ZD^PX_.@#PS3HO&/Q/U64QWCA%Y=VD*QQY/3@9H U-
M:^&'B[PQ8MJ=IJ:W*PC+B&5]X]\$<T =Q\)?%VO:O')IVL6L[HB;HKMXRH(Z
M%3F@#R?Q'JE_'\0KN)+V=8UO0 H<X R* /J*WE6+3899'VHL8+,W88ZT >"?
M$CXAW?B/5UT3P^\GV='V[D.&F?V]A0!Z/X$\'W/ASPW-/J5S)/J-Q$2^YR1&
M,?=% 'SQ;?\ (XQ]A]M_]GH ^Q",#KB@#R+X\K:CP_IY;;]I$QV>N.] S"^
MGF1W^L2,<6R1J7/8'G^F* *?CKXGZKKFLOH_A]WBM _EJT9^>8^WM0(LV/P8
M\47]HMS>ZU';SR#/EEW8CZGM0!@7=SXS^%VM)%/=,\;'<I+EHI%_$9S0![UX
M-\5V_BWP_#J-N/+E^[+$>J..H_J/K0!YW\3_ (IW.G:C+H.B2;)8\">XZX)'
M1?I0!RV@_#;Q;XKL5U.XU'[-'-RIGD8LP]<#I0!4U'3?&_PYU>%4N9)@^#&T
M)9U?V(Q0!ZQJVNWNL?"#4-1NK66QO/LS;D/RD,.X]J /-_@Q?WESXX$<]U+(
MGE,=K.2.E 'NOB'Q#8^&M*EU"_DV11CA1]YSZ 4 ?/EM>>)?BAXR8V\\MO S
M<[7(6&/MG'4XH ]LU.T_X1_PG;V-I<2)$CI'+.<E@I/S-0!P9O=6TBVDO+(E
M+LJIBB)+&8'JV/3% 'A\*R-.BQ9,I8!<=SGB@9WYT#XF"%3Y=\8V'&)AT_.@
M#E=4TK5].O%FUVQN@,_,921N'H&Y% CW7X6>,O#E_:KHUA9?V;=*N[RF(/F8
M[Y[T >;_ !MQ_P +!8_].T?\S0![;\-/^2>Z/_UR_J: .LH ;G H ^=?C/K[
MZYXKM]%M26BLQM*C^*1B* ,3Q[X%D\*:?H]T 2ES#B4^DG7'Y$?D:!GKOP<\
M2?VUX5-C+)FYL"$.>I0]/ZT >;_'&_DN?&D5J23%;VXVCT))S_(4"/3_ (-:
M=%9^ +>X5 )+IVD8]S@X'\J /0&C5U*LH*GJ".#0 V.%(5"QHJ*.RC% 'R9X
MG&/B-?9.,7H/ZB@#O/B9\1VEMH_#VBRD*$47,P/4X'RB@#=^$WPZ&FVR:_JL
M0:[F4&&,\^6OJ?<T >KW8!LI_P#<;^5 'QQ<7#VOB"6Y0 O%<LX!Z'#4 >BS
M_'7Q(4*K8V<9/=E:@#G8H/%7Q3UD.Q^T&+Y2Q^6.$&@#UN]T&'X=_"G4HK5M
MUVT?[V;&-SGT]L4 >8?!W3X]0\?P&501!$T@SZC&*!GT]B@D\U^-NG)<^"/M
M.P>;;S JWH#U_E0-'"_!'59+2ZUFTWDH8/-5?0C/- ['G]H'UKQ;'YQRUU=9
M8GKRV:!'U_;VZ6T$<,0VQQJ%5?0#B@!7MXI64R1JY7D;AG% '-?$8!?A[K6!
MC_1FZ?2@#PCX2:I:Z1XKEOKR01P16[EB?I0 GB/Q!JOQ-\71V=FI6W9]MO"3
MT7^\??O0![[X,\'V?A'1(;2##SE09IL<NW?\* .AG@BN(FBE0.C#!!'44 4+
M/P_I5A-YMM9(CXVY))P/3GI0!\?Z7C^U;+'/[]/YT#/LVV_X]8>GW!_*@#(\
M6:=9ZEX9U&&]C1XQ;NP+#[I"G!H$?+/A>XDL?&.F2V[-N6Z55([@MC^5 '5?
M&LD^/\]S:QY_,T#1[;\->/A]HX_Z8_U- '69H),CQ-K46@>';W4I3M$"';[M
MV_6@9\O>&]7L!XUBU?76D: 2-,^U=Q+=A0!Z3X\^(WA'Q7X5GT^(W(N5Q) 6
MA& PX]?0F@9PGPN\2_\ ".>,K8R,5M;O]S)^/0_G_.@#9^.%B]OXQ@O /W5S
M;C:WJ03G]"M 'IWP:U**]\ P6Z,"]H[1L,\C//\ 6@1Z%G S0 ;J /DGQ/@_
M$:]!''VT#]10!V'Q0^'KZ;'#X@TN(M:RH#<(.3&V.H]J .@^$/Q$%S$GAW59
M?WZ#_1I6/WE_NGWH ]@NO^/&?/\ <;^5 'R! H/C"-6 (-[W_P!^@#Z'^(O@
M&U\0^'W:PMXH;^V!>(H@&_U!Q0!XAX#\5W/@GQ-^^#"V=O+N8SVYQGZB@#W;
MXB;=7^&E_+9OYJ/")%(_B% 'C_P3N8[?Q\J2'!EMW5?KQ0,^F/I02>=_&>Z2
MW\ S(S -+*JJ*"D>;_!/3Y+S5]5D ^1;8H3[MG_"@#A;8MH?BY/-4AK2[VL/
MHV* 9]@V\\=Q!'-"P:.10RGU!H$2YH Y7XC_ /)/=;]K9NGTH \&^$^E6NM>
M)YM/NT\R&:W<,/PX- %'Q%H>J_#GQ6IB=@L3[[>91]]>H_'U% 'T-X&\9VOB
M_1([E"J7: +/%G[K>H]J .K!S0 M 'Q+;3_9KN*<+N\MU?;GK@T#/7(OCY?1
MQ(G]A0D*H /GG_XF@#"\0?%3Q+XLM6TZWM5MX9AM9( 69AZ9H$;OPO\ ACJ!
MU>#6]9A-O;P?-%"WWG;L2.P% &'\;./B$P P!;1C]6H&BWX=^,]WX?T*TTM-
M'BF2V3:',Q!//IMH V(/CUJ-Q/'#%H$322,%4?:#U/']V@5AWQI\3RR:;INA
MX\N:4"XN54Y XX7]?TH F\!_"/2-6\+6^H:R+C[1.2P5'"A5[=J .G/P3\(]
MDN^O_/4?X4#/&OB+X3'@SQ,L%J7^R2J)(&8\C'4?AQ^= 7/1UL$^*GPNM2C*
M-6TXE5)[D#H?8C'Y4 ><^&_$NM_#;79HIK9@C86:!P5#8[@T"L>H+\>=#\@,
M=-O1-C[GRX_//]*!V-CP#\1+GQGJMY&VD/:6D: Q2;MP)R<Y.!STH$>%^)O^
M2CWO_7Z/YB@=CZI2UAO='CM[B-7ADA564]QB@1\V?$/P3=>!]?%Y8LPL)'\R
M"11S&?[IH ]9^'OCZ+Q5X<FM;IPNJ6\1$B_WQCAA0!X#;\^,8L?\_O\ [/0.
MQ]B'GW[T"/ OC-X'-E>_\)%I\>()SBX0#[C?WOH?Z4 6OA'XPBO;*7PEJK@Q
MR!A;LW<'JM '&^(?#>L?#OQ4MW;(Y@BEWV\X&59>P/I0,]'T_P"/>EM8H=0T
MRYCN0/F$1#*3]3B@5CS_ ,9^--2^(VIP6=C92);H?W4*_,Q/J:!['L_PS\%M
MX3\-A+G!O[H[YL?P^B_@* . ^+?PZNQJ<OB#2H3+%/AKB)!RK8QD>QQ0!G>"
M?C%<^';"/2]8LWNH(!M216PZCTP?\: L=1J'QZTT0E=-TFYFF/02L%'Z9H%8
MW-9UF?7_ (-7^HW5H]I/+:-OB;C!Z?E0!Y?\$<?\)XIZ?N6_E0![CXR\(V?B
M[19+.X^68#,4N.4:@#YQTS4=9^&OBYU>,K+"^V6//RR+GM^% 'T_X?URR\0Z
M1#J5C('BF4'&>5/H?I0!J4 ?.OV2V_Y]XO\ O@4%#TM+;>O^CQ=?[@H$>L>#
M=/LELFD6S@#@C#",9% CK%_K0!Y'\0K>&3Q2[/"C'R4Y*@_WJ!HY3[);?\^\
M7_? H&:6A6EL-:M"+>+B1?X!ZB@#4\<P0R>*+@O$C':HRR@T"/5M+54TBU50
M !&N * +O:@1P'Q-@AEAT\R1(Y!?!90<<"@!OPOC2.VU$(BJ,H< 8_O4 5OB
M];0'P]YI@C,G]_:,]/6@9\_>&E6368E=0PW]",T ?7&A6\%OH]N(88XP4&0B
M@9_*@#R'5+:!O%5RQAC+>?U*C/44 >VP<6\0']T?RH$<[X[ACE\+7 DC5\$8
MW#.* /._!T$47B.$QQ(F87SM4#/ H&B@EK;C6T801@^<.=@_O4 >[]J ,GQ/
M&DGAR^5T5E\L\,,B@1X]HUO!'K%DR0QJPE&"% - 'M6KV\,^FW*S0I(H0D!U
M! X]Z /D7Q$JQZ[<*BA5#= ,"@I'O7P@M;?^QO-\B/S/[^P9_.@3W/3E^X/I
M0(1P&&" 0>H- SYN^+MO!!XA80PQQCC[J@4 3?""VMY]7/G01R8;^-0: /<O
M%$:'PO>H479Y)&W''2@#S_X=V\,?BC*0HI\MNB@4 >M-]TT"/+/B;;0-K-LS
@01EC%R2HR>30!N?#1%CTR]1%"J+@X"C '% '<B@#_]D!

end
</TEXT>
</DOCUMENT>
</SUBMISSION>
