using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Hosting;

public static class FairtradeOptionsExtensions
{
    /// <summary>Binds and validates <see cref="FairtradeOptions"/> at start, and registers the calendar that says what day it is.</summary>
    public static WebApplicationBuilder AddFairtradeOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FairtradeOptions>().BindConfiguration(FairtradeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Fairtrade:TimeZone is not a known time zone.")
            .Validate(o => o.Limits.SignInPerMinute is >= 1 and <= LimitOptions.MaxSignInPerMinute,
                $"Fairtrade:Limits:SignInPerMinute must be from 1 to {LimitOptions.MaxSignInPerMinute}.")
            .Validate(o => o.Limits.UploadsPerHour >= 1, "Fairtrade:Limits:UploadsPerHour must be at least 1.")
            .Validate(o => o.Limits.BarrierReportsPerHour >= 1, "Fairtrade:Limits:BarrierReportsPerHour must be at least 1.")
            .Validate(o => o.Limits.BarrierReportsKept >= 1, "Fairtrade:Limits:BarrierReportsKept must be at least 1.")
            .Validate(o => o.Limits.UploadBytesPerDay >= o.MaxUploadBytes,
                "Fairtrade:Limits:UploadBytesPerDay must be at least Fairtrade:MaxUploadBytes, or the largest file could never be sent.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new CampaignCalendar(
            services.GetRequiredKeyedService<TimeProvider>(CampaignClock.ServiceKey),
            TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<IOptions<FairtradeOptions>>().Value.TimeZone)));
        return builder;
    }
}
