namespace Fairtrade.Silo.Accounts;

public static class AccountsExtensions
{
    public static WebApplicationBuilder AddFairtradeAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<AccountSignIn>();
        builder.Services.AddHostedService<FirstAdmin>();
        return builder;
    }
}
