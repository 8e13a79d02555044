namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>Captured output that lets a test wait until a number of lines have been written, without sleeping.</summary>
public sealed class LineSignals : StringWriter
{
    private readonly Lock _gate = new();
    private readonly List<(int Lines, TaskCompletionSource Reached)> _waiting = [];
    private int _lines;

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
            if (value != '\n')
            {
                return;
            }

            _lines++;
            foreach (var waiter in _waiting.Where(w => w.Lines <= _lines))
            {
                waiter.Reached.TrySetResult();
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    public Task LinesAsync(int count)
    {
        lock (_gate)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((count, reached));
            if (_lines >= count)
            {
                reached.TrySetResult();
            }

            return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}
