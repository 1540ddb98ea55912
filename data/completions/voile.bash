# bash completion for voile (installed as "voile" in bash-completion's completions folder).
# Plain compgen only, so that it works without the bash-completion package's helpers.

# COMPREPLY from compgen's lines, so that a file name with spaces stays one word.
_voile_reply()
{
  mapfile -t COMPREPLY < <(compgen "$@")
}

_voile()
{
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD - 1]}
  local commands="scan anonymize restore status pause resume mode forget help"
  local kinds="names contact bank official addresses birth-dates secrets references dates-amounts"
  local command=${COMP_WORDS[1]}
  local options

  COMPREPLY=()
  if [[ $COMP_CWORD -eq 1 ]]; then
    _voile_reply -W "$commands --help --version" -- "$cur"
    return
  fi

  case $command in
    scan) options="--json --redact --keep --help" ;;
    anonymize) options="--map --keep --help" ;;
    restore) options="--map --help" ;;
    status) options="--json --help" ;;
    *) options="--help" ;;
  esac

  case $command in
    help)
      [[ $COMP_CWORD -eq 2 ]] && _voile_reply -W "$commands" -- "$cur"
      return
      ;;
    mode)
      [[ $COMP_CWORD -eq 2 && $cur != -* ]] && _voile_reply -W "ask auto notify" -- "$cur"
      ;;
    scan | anonymize | restore)
      # --keep takes kinds of data, comma-separated: complete the one being typed.
      if [[ $prev == --keep || $prev == -k ]]; then
        local done_kinds=${cur%"${cur##*,}"}
        _voile_reply -P "$done_kinds" -W "$kinds" -- "${cur##*,}"
        return
      fi
      # A file after --map and as the text to read.
      if [[ $cur != -* || $prev == --map || $prev == -m ]]; then
        compopt -o filenames 2>/dev/null
        _voile_reply -f -- "$cur"
        return
      fi
      ;;
    status | pause | resume | forget) ;;
    *) return ;;
  esac

  if [[ $cur == -* ]]; then
    _voile_reply -W "$options" -- "$cur"
  fi
}

complete -F _voile voile
