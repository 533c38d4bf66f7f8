# fish completion for stride(1): commands, options, plan ids, item numbers
# and keys (with their titles), skill ids. The candidates come from
# `stride __complete -- WORD...` (see man stride, COMPLETION), which reads
# the store without writing it.
#
# Installed by `make install` into fish's vendor_completions.d; or copy it
# to ~/.config/fish/completions/.

function __stride_complete
	set -l tokens (commandline -opc)
	set -l cur (commandline -ct)
	set -l stride $tokens[1]
	set -e tokens[1]
	# --output=FILE in one word: the file name after the '='
	set -l opt (string match -r -- '^--[^=]*=' $cur)
	set -l path (string replace -r -- '^--[^=]*=' '' $cur)
	for line in ($stride __complete -- $tokens $cur 2>/dev/null)
		switch $line
			case '@files'
				for f in (__fish_complete_path $path)
					printf '%s%s\n' "$opt" $f
				end
			case '@dirs'
				for f in (__fish_complete_directories $path)
					printf '%s%s\n' "$opt" $f
				end
			case '*'
				printf '%s\n' $line
		end
	end
end

complete -c stride -f -k -a '(__stride_complete)'
