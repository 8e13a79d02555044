using Fairtrade.LoadTool;

// The load benchmark's own tools (bench/load/run.sh calls them):
//   seed <gateway-port> <towns> <participants> [prefix]   towns with participants and evidence, through the grains
//   visible <base-url> <admin-token> <town> <count>       how long until a reader sees a new piece of evidence
return args switch
{
    ["seed", var port, var towns, var participants, .. var rest] =>
        await Seeding.RunAsync(int.Parse(port), int.Parse(towns), int.Parse(participants), rest.FirstOrDefault() ?? "seed"),
    ["visible", var url, var token, var town, var count] => await Visibility.RunAsync(new Uri(url), token, town, int.Parse(count)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed <gateway-port> <towns> <participants> [prefix] | visible <base-url> <admin-token> <town> <count>");
    return 2;
}
