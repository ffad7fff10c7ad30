# fish completion for ftsu-gap. The candidates come from the program itself
# (`ftsu-gap __complete WORD...`, docs/cli.md), so they always match the
# commands, options, formats and checklists of the version installed.
function __ftsu_gap_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    for line in ($words[1] __complete $words[2..-1] $current 2>/dev/null)
        switch $line
            case :files
                __fish_complete_path $current
            case :dirs
                __fish_complete_directories $current
            case '*'
                echo $line
        end
    end
end
complete -c ftsu-gap -f -a '(__ftsu_gap_complete)'
