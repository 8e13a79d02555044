using Fairtrade.Client.Audit;
using Fairtrade.Client.Campaign;
using Fairtrade.Client.Evidence;
using Fairtrade.Client.Exports;
using Fairtrade.Client.Imports;
using Fairtrade.Client.Login;
using Fairtrade.Client.Notifications;
using Fairtrade.Client.Participants;
using Fairtrade.Client.TownCriteria;
using Fairtrade.Client.Towns;

namespace Fairtrade.Client.Cli;

/// <summary>The command tree: a table of contents of the features.</summary>
public static class FairtradeCli
{
    public static RootCommand Build(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the server's answer as JSON on standard output, and nothing else there.", Recursive = true };
        var runner = new CommandRunner(context, json);
        var root = new RootCommand(Help.Describe(
            "fairtrade: the Fairtrade Town campaign tracker from the terminal. Exit codes: 0 done, 1 the server refused, 2 usage error (or a local file), 3 server unreachable, 130 stopped with Ctrl+C.",
            "fairtrade login --server https://fairtrade.example.org < token.txt",
            "fairtrade status bottrop",
            "fairtrade evidence upload bottrop cafe-mokka photos/*.jpg --kind photo",
            "fairtrade export renewal bottrop -o renewal.xlsx"))
        {
            json,
        };
        Add(root, LoginCommands.Create(runner));
        Add(root, TownsCommands.Create(runner));
        Add(root, ParticipantsCommands.Create(runner));
        Add(root, TownCriteriaCommands.Create(runner));
        Add(root, EvidenceCommands.Create(runner));
        Add(root, ExportCommands.Create(runner));
        Add(root, ImportCommand.Create(runner));
        Add(root, AuditCommand.Create(runner));
        Add(root, NotificationsCommand.Create(runner));
        Add(root, CampaignCommands.Create(runner));
        Add(root, RenewalsCommands.Create(runner));
        Help.MoveExamples(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var parse = Build(context).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not ExamplesHelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync(error.Message);
            }

            await context.Error.WriteLineAsync(Help.HintFor(parse));
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error }, cancellationToken);
    }

    private static void Add(Command parent, IEnumerable<Command> commands)
    {
        foreach (var command in commands)
        {
            parent.Subcommands.Add(command);
        }
    }
}
