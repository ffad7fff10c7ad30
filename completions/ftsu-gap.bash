# bash completion for ftsu-gap. The candidates come from the program itself
# (`ftsu-gap __complete WORD...`, docs/cli.md), so they always match the
# commands, options, formats and checklists of the version installed.
_ftsu_gap() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local program=${COMP_WORDS[0]/#\~/$HOME}
  local IFS=$'\n'
  local line files=
  local -a lines words=("${COMP_WORDS[@]:1:COMP_CWORD}")
  # bash splits --name=value at the '=' (COMP_WORDBREAKS): ask for the
  # value of --name, and put the '=' back when it is the word completed.
  local equals=
  if [ "$cur" = "=" ]; then
    equals="="
    cur=
    words[${#words[@]} - 1]=
  elif [ "$COMP_CWORD" -ge 2 ] && [ "${COMP_WORDS[COMP_CWORD - 1]}" = "=" ]; then
    unset "words[${#words[@]} - 2]"
    words=("${words[@]}")
  fi
  lines=($("$program" __complete "${words[@]}" 2>/dev/null)) || return 0
  COMPREPLY=()
  for line in "${lines[@]}"; do
    case $line in
      :files) files=-f ;;
      :dirs) files=-d ;;
      *) COMPREPLY+=("$equals$line") ;;
    esac
  done
  if [ -n "$files" ]; then
    compopt -o filenames 2>/dev/null
    local file
    for file in $(compgen "$files" -- "$cur"); do
      COMPREPLY+=("$equals$file")
    done
  fi
  return 0
}
complete -F _ftsu_gap ftsu-gap
