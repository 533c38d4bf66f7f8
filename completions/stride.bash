# bash completion for stride(1): commands, options, plan ids, item numbers
# and keys, skill ids. The candidates come from `stride __complete -- WORD...`
# (see man stride, COMPLETION), which reads the store without writing it.
#
# Installed by `make install` where bash-completion looks for it; or, by
# hand, `source completions/stride.bash` from ~/.bashrc.

_stride()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prefix= w i
	local -a words=() reply=()
	# bash splits "--db=PATH" at the '=': put the option back together
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		[[ $w == = ]] && continue
		words+=("$w")
	done
	if [[ $cur == = ]]; then
		cur=
		prefix==
	fi

	local line files= dirs=
	while IFS= read -r line; do
		case $line in
		@files) files=1 ;;
		@dirs) dirs=1 ;;
		'') ;;
		*) reply+=("$prefix${line%%$'\t'*}") ;;
		esac
	done < <("${COMP_WORDS[0]}" __complete -- "${words[@]}" "$cur" 2>/dev/null)

	COMPREPLY=("${reply[@]}")
	if [[ $files || $dirs ]]; then
		compopt -o filenames 2>/dev/null
		if declare -F _filedir >/dev/null; then
			if [[ $dirs ]]; then _filedir -d; else _filedir; fi
		else
			local IFS=$'\n'
			if [[ $dirs ]]; then
				COMPREPLY+=($(compgen -d -- "$cur"))
			else
				COMPREPLY+=($(compgen -f -- "$cur"))
			fi
		fi
	fi
	return 0
}
complete -F _stride stride
