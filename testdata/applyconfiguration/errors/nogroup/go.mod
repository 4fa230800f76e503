module widgets

go 1.26
