namespace Fairtrade.Client.Cli;

/// <summary>Gives commands their action, and turns every expected failure into a sentence on standard error and an exit code.</summary>
public sealed class CommandRunner(CliContext context, Option<bool> json)
{
    public const string NotTheApi = "The server's answer is not the Fairtrade API's JSON; is --server the right address?";

    public Command Define(Command command, Func<CommandRun, CancellationToken, Task<int>> action)
    {
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, cancellationToken));
        return command;
    }

    /// <summary>
    /// A command that takes a town, reads the town's collection at <paramref name="path"/> and shows it as a table,
    /// or as the server's JSON with <c>--json</c>.
    /// </summary>
    public Command TownTable(Command command, string path, params (string Header, Func<JsonElement, IRenderable> Cell)[] columns)
    {
        var town = Symbols.Town();
        command.Add(town);
        return Define(command, async (run, cancellationToken) =>
            run.Answer(await run.Api.GetAsync(ApiClient.Town(run.Value(town), path), cancellationToken), items => Cells.Rows(items.Items(), columns)));
    }

    private async Task<int> RunAsync(ParseResult parse, Func<CommandRun, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        using var run = new CommandRun(context, parse, parse.GetValue(json));
        try
        {
            return await action(run, cancellationToken);
        }
        catch (ServerRefusedException refused)
        {
            return Fail(refused.Message, ExitCodes.Refused);
        }
        catch (ServerUnreachableException unreachable)
        {
            return Fail(unreachable.Message, ExitCodes.Unreachable);
        }
        catch (UsageException usage)
        {
            return Fail(usage.Message, ExitCodes.Usage);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("Cancelled.", ExitCodes.Cancelled);
        }
        catch (Exception local) when (local is IOException or UnauthorizedAccessException)
        {
            // A file or the config folder that cannot be read or written: the user's to fix, no stack trace.
            return Fail(local.Message, ExitCodes.Usage);
        }
        catch (System.Text.Json.JsonException)
        {
            return Fail(NotTheApi, ExitCodes.Refused);
        }
    }

    private int Fail(string message, int exitCode)
    {
        context.Error.WriteLine(message);
        return exitCode;
    }
}
