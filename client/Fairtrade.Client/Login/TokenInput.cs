using System.Text;

namespace Fairtrade.Client.Login;

/// <summary>The token from standard input: the first line of a pipe, or typed at a terminal without echo.</summary>
public static class TokenInput
{
    public static string? Read(CliContext context)
    {
        var token = context.InputIsTerminal ? ReadHidden(context.Error) : context.Input.ReadLine();
        return string.IsNullOrWhiteSpace(token) ? null : token.Trim();
    }

    private static string ReadHidden(TextWriter prompt)
    {
        prompt.Write("Token: ");
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return typed.ToString();
    }
}
