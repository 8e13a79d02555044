using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Accessibility;

/// <summary>
/// What the accessibility statement, the barrier reports and the live page's announcements say
/// (AccessibilityTexts.*.resx).
/// </summary>
public sealed class AccessibilityTexts : TextCatalog<AccessibilityTexts>
{
    /// <summary>The footer link on every page.</summary>
    public string FooterLink => Get();
    public string Title => Get();
    public string Scope => Get();
    public string StatusHeading => Get();
    public string Status => Get();
    public string NotAccessibleHeading => Get();
    public IReadOnlyList<string> NotAccessible => List();
    public string CheckedHeading => Get();
    public string Checked => Get();
    public string Limits => Get();
    public string SelfAssessment => Get();

    /// <summary>When the statement was prepared, with the day.</summary>
    public string Prepared(string day) => Format(nameof(Prepared), day);
    public string ReportHeading => Get();
    public string ReportIntro => Get();
    public string ByMail => Get();
    public string PageField => Get();
    public string WhatField => Get();
    public string WhatHelp => Get();
    public string EmailField => Get();
    public string Privacy => Get();
    public string Send => Get();
    public string Thanks => Get();
    public string EnforcementHeading => Get();
    public string Enforcement => Get();
    public string EnforcementGermany => Get();
    public string EnforcementElsewhere => Get();

    public string Reports => Get();
    public string NoReports => Get();
    public string Received => Get();
    public string ReportPage => Get();
    public string ReportWhat => Get();
    public string ReplyTo => Get();

    /// <summary>When the report was mailed to the operator's contact.</summary>
    public string MailedOn(string when) => Format(nameof(MailedOn), when);
    public string NotMailed => Get();

    /// <summary>The subject of the operator's mail, with the page.</summary>
    public string MailSubject(string page) => Format(nameof(MailSubject), page);

    /// <summary>The operator's mail: the page, what happened, the reply address, when it was received.</summary>
    public string MailBody(string page, string what, string replyTo, string received) =>
        Format(nameof(MailBody), page, what, replyTo, received);
    public string NoReplyAddress => Get();

    /// <summary>What the live town page announces of a change: the criterion, met or not met.</summary>
    public string CriterionNews(string criterion, string state) => Format(nameof(CriterionNews), criterion, state);

    /// <summary>The criterion, the counter, how many there are now, how many are needed.</summary>
    public string CounterNews(string criterion, string counter, int actual, int required) =>
        Format(nameof(CounterNews), criterion, counter, actual, required);
}
