namespace Fairtrade.Client.Login;

/// <summary><c>login</c>, <c>logout</c>, <c>whoami</c>.</summary>
public static class LoginCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) => [Login(runner), Logout(runner), WhoAmI(runner)];

    private static Command Login(CommandRunner runner)
    {
        var server = new Option<string>("--server") { Description = "The server's address, e.g. https://fairtrade.example.org.", Required = true, HelpName = "URL" };
        var command = new Command("login", Help.Describe(
            "Check a token with the server and keep both in your config directory (readable by you only). The token is read from FAIRTRADE_TOKEN, or from standard input.",
            "fairtrade login --server https://fairtrade.example.org < token.txt",
            "FAIRTRADE_TOKEN=ftp_... fairtrade login --server http://127.0.0.1:5080")) { server };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var address = Servers.Parse(run.Value(server));
            var token = run.Context.Variable("FAIRTRADE_TOKEN") ?? TokenInput.Read(run.Context)
                ?? throw new UsageException("No token: pipe it into standard input, or set FAIRTRADE_TOKEN.");
            using var api = new ApiClient(address, token);
            var me = await api.GetAsync("api/me", cancellationToken);
            var store = new ConfigStore(run.Context);
            store.Write(new ClientConfig(address.AbsoluteUri, token));
            return run.Answer(me, account => $"Logged in to {address} as {Describe(account)}.");
        });
    }

    private static Command Logout(CommandRunner runner)
    {
        var command = new Command("logout", Help.Describe("Forget the stored server and token.", "fairtrade logout"));
        return runner.Define(command, (run, _) =>
        {
            var removed = new ConfigStore(run.Context).Delete();
            return Task.FromResult(run.Done(new { loggedOut = removed }, removed ? "Logged out." : "Not logged in; nothing to forget."));
        });
    }

    private static Command WhoAmI(CommandRunner runner)
    {
        var command = new Command("whoami", Help.Describe("Say who the server takes you for: name, role and towns.", "fairtrade whoami", "fairtrade whoami --json"));
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var me = await run.Api.GetAsync("api/me", cancellationToken);
            return run.Answer(me, account => $"{Describe(account)} on {run.Api.Server}");
        });
    }

    private static string Describe(JsonElement me)
    {
        var towns = me.Text("towns");
        var participant = me.Text("participant");
        return $"{me.Text("name")} ({me.Text("role")}"
            + (towns.Length > 0 ? $", towns: {towns}" : "")
            + (participant.Length > 0 ? $", participant: {participant}" : "") + ")";
    }
}
