namespace Fairtrade.Abstractions.Storage;

public static class StateNames
{
    public const string Town = "town";
    public const string Participant = "participant";
    public const string TownDirectory = "town-directory";
    public const string Notifications = "notifications";
    public const string Account = "account";
    public const string AccountDirectory = "account-directory";
    public const string ReminderSchedule = "reminder-schedule";
    public const string UploadQuota = "upload-quota";
    public const string Renewals = "renewals";
    public const string RenewalSubmission = "renewal-submission";
    public const string CalendarLinks = "calendar-links";
    public const string BarrierReports = "barrier-reports";
    public const string ImportJournal = "import-journal";
    public const string ImportProgress = "import-progress";
}
